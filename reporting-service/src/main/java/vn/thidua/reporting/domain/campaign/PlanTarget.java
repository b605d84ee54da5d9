package vn.thidua.reporting.domain.campaign;

/**
 * A coverage target of a campaign (chỉ tiêu): e.g. more than 80% of the agencies, 100% of the communes, more than
 * 75% of the villages have registered models.
 *
 * @param unitKind the kind, level or group of unit it applies to (data of the organisation tree, see
 *                 {@link vn.thidua.reporting.domain.unit.Unit#isOfKind})
 * @param percent  0..100
 */
public record PlanTarget(String unitKind, Comparison comparison, int percent) {

    public PlanTarget {
        if (unitKind == null || unitKind.isBlank()) throw new IllegalArgumentException("unitKind is required");
        if (comparison == null) throw new IllegalArgumentException("comparison is required");
        if (percent < 0 || percent > 100) throw new IllegalArgumentException("percent must be within 0..100");
    }

    public boolean met(long covered, long total) {
        return comparison.met(covered, total, percent);
    }
}
