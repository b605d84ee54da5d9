package vn.thidua.registration.domain.campaign;

import vn.thidua.contracts.CoverageTarget;
import vn.thidua.contracts.TargetComparison;

import java.util.List;

/**
 * A coverage target (chỉ tiêu), e.g. "trên 80% các cơ quan, đơn vị" = (agency, MORE_THAN, 80): the share of units of
 * that kind with registered models that operate effectively.
 *
 * <p>{@code unitKind} is a code of the organisation tree: the tree's <em>level</em> for administrative tiers
 * ({@code commune} = every xã, phường and thị trấn; {@code village} = thôn, bản, khu phố) and its <em>kind</em> for
 * units beside the tiers ({@code agency}, {@code school}, ...). A unit counts towards the target when its level or
 * its kind equals the code. Levels, not the Vietnamese kinds of the administrative data (xã, thị trấn, phường),
 * because the plans group them ("100% các xã, thị trấn") and the kinds change with reforms while levels stay.
 */
public record CampaignTarget(String unitKind, TargetComparison comparison, Integer percent) {

    /** The targets as the published language and the views carry them. */
    public static List<CoverageTarget> published(List<CampaignTarget> targets) {
        return targets == null ? List.of()
                : targets.stream().map(t -> new CoverageTarget(t.unitKind(), t.comparison(), t.percent())).toList();
    }
}
