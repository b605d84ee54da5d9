package vn.thidua.registration.adapter.in.web.model;

/**
 * The confirm-content form on an "other" model's page. Until sign-in lands, a page request usually has no
 * caller unit: the officer then states the unit they confirm for ({@code unitId}); a caller unit, when
 * known (X-Unit-Id), always wins.
 */
public class ConfirmForm {

    private String unitId;

    public String getUnitId() { return unitId; }
    public void setUnitId(String unitId) { this.unitId = unitId; }
}
