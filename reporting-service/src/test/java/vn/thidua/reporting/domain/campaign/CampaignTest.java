package vn.thidua.reporting.domain.campaign;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignTest {

    private static final Instant T0 = Instant.parse("2023-03-14T08:30:00Z");

    static CampaignPlan plan(String name, Instant since, PlanTarget... targets) {
        return new CampaignPlan(name, "Kế hoạch số 04-KH/BDVHU",
                List.of(new PlanWindow("Đợt 1", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 8, 31))),
                List.of(new PlanMilestone("PRELIMINARY_REVIEW", "Sơ kết", LocalDate.of(2023, 12, 15))),
                List.of(targets), 1, since);
    }

    private static final CampaignChange LAUNCHED = new CampaignChange.Launched("c1", "D198", 2023, 2025,
            plan("Dân vận khéo 2023-2025", T0, new PlanTarget("commune", Comparison.AT_LEAST, 100)), T0);
    private static final CampaignChange AMENDED = new CampaignChange.Amended("c1",
            plan("Dân vận khéo 2023-2025 (điều chỉnh)", T0.plusSeconds(60),
                    new PlanTarget("commune", Comparison.AT_LEAST, 100),
                    new PlanTarget("village", Comparison.MORE_THAN, 75)));
    private static final CampaignChange AMENDED_AGAIN = new CampaignChange.Amended("c1",
            plan("Dân vận khéo giai đoạn 2023-2025", T0.plusSeconds(120),
                    new PlanTarget("agency", Comparison.MORE_THAN, 80)));
    private static final CampaignChange CLOSED = new CampaignChange.Closed("c1", "Tổng kết", T0.plusSeconds(600));

    private static Campaign fold(List<CampaignChange> changes) {
        Campaign campaign = Campaign.unknown("c1");
        for (CampaignChange change : changes) campaign = campaign.apply(change);
        return campaign;
    }

    @Test
    void aLaunchGivesOrganiserPeriodPlanAndOpenStatus() {
        Campaign campaign = Campaign.from(LAUNCHED);
        assertThat(campaign.launched()).isTrue();
        assertThat(campaign.organiserUnitId()).isEqualTo("D198");
        assertThat(campaign.periodStart()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(campaign.periodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(campaign.status()).isEqualTo(Campaign.Status.OPEN);
        assertThat(campaign.plan().coverageTargets()).extracting(PlanTarget::unitKind).containsExactly("commune");
    }

    @Test
    void theNewestAmendmentReplacesThePlanWhole() {
        Campaign campaign = fold(List.of(LAUNCHED, AMENDED, AMENDED_AGAIN));
        assertThat(campaign.plan().name()).isEqualTo("Dân vận khéo giai đoạn 2023-2025");
        assertThat(campaign.plan().coverageTargets()).containsExactly(
                new PlanTarget("agency", Comparison.MORE_THAN, 80));
    }

    @Test
    void anyOrderAndAnyRepetitionGiveTheSameCampaign() {
        Campaign inOrder = fold(List.of(LAUNCHED, AMENDED, AMENDED_AGAIN, CLOSED));
        Random random = new Random(7);
        for (int i = 0; i < 30; i++) {
            List<CampaignChange> changes = new ArrayList<>(List.of(LAUNCHED, AMENDED, AMENDED_AGAIN, CLOSED));
            changes.add(changes.get(random.nextInt(changes.size())));
            Collections.shuffle(changes, random);
            assertThat(fold(changes)).as("order %s", changes).isEqualTo(inOrder);
        }
        assertThat(inOrder.status()).isEqualTo(Campaign.Status.CLOSED);
        assertThat(inOrder.closeReason()).isEqualTo("Tổng kết");
    }

    @Test
    void anAmendmentBeforeItsLaunchLeavesTheCampaignUnlaunched() {
        Campaign amendedOnly = Campaign.from(AMENDED);
        assertThat(amendedOnly.launched()).isFalse();
        assertThatThrownBy(amendedOnly::periodStart).isInstanceOf(IllegalStateException.class);
        Campaign launched = amendedOnly.apply(LAUNCHED);
        assertThat(launched.launched()).isTrue();
        assertThat(launched.plan().name()).as("the amendment is newer than the launch")
                .isEqualTo("Dân vận khéo 2023-2025 (điều chỉnh)");
    }

    @Test
    void aLaunchNeedsItsOrganiserAndAPeriodInOrder() {
        assertThatThrownBy(() -> new CampaignChange.Launched("c1", null, 2023, 2025, plan("x", T0), T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organiserUnitId");
        assertThatThrownBy(() -> new CampaignChange.Launched("c1", "D198", 2025, 2023, plan("x", T0), T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endYear");
    }

    @Test
    void aChangeOfAnotherCampaignIsRefused() {
        assertThatThrownBy(() -> Campaign.unknown("c2").apply(LAUNCHED)).isInstanceOf(IllegalArgumentException.class);
    }
}
