package vn.thidua.registration.domain.campaign;

import vn.thidua.contracts.CoverageTarget;
import vn.thidua.contracts.TargetComparison;

import java.util.List;

/**
 * A coverage target (chỉ tiêu), e.g. "trên 80% các cơ quan, đơn vị" = (agency, MORE_THAN, 80): the share of units of
 * that kind with registered models that operate effectively. {@code unitKind} is a code of the organisation tree,
 * its level ({@code commune}, {@code village}) or its kind ({@code agency}); the README says why.
 */
public record CampaignTarget(String unitKind, TargetComparison comparison, Integer percent) {

    /** The targets as the published language and the views carry them. */
    public static List<CoverageTarget> published(List<CampaignTarget> targets) {
        return targets == null ? List.of()
                : targets.stream().map(t -> new CoverageTarget(t.unitKind(), t.comparison(), t.percent())).toList();
    }
}
