package vn.thidua.registration.adapter.in.web.model;

/** The withdraw form on a model's page. */
public class WithdrawForm {

    private String reason;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
