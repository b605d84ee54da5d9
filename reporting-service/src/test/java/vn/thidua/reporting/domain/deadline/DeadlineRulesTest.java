package vn.thidua.reporting.domain.deadline;

import org.junit.jupiter.api.Test;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.campaign.CampaignChange;
import vn.thidua.reporting.domain.campaign.CampaignPlan;
import vn.thidua.reporting.domain.campaign.PlanMilestone;
import vn.thidua.reporting.domain.campaign.PlanWindow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thidua.reporting.domain.deadline.DeadlineStatus.OVERDUE;
import static vn.thidua.reporting.domain.deadline.DeadlineStatus.UPCOMING;

/** When an item is due soon or overdue (in Vietnam time), what a campaign's plan sets, and whom an item concerns. */
class DeadlineRulesTest {

    private static final DeadlineRules RULES = new DeadlineRules(30, 30);
    // 31/08/2023 18:00 UTC is already 01/09/2023 in Vietnam (UTC+7)
    private static final Clock EVENING_UTC = Clock.fixed(Instant.parse("2023-08-31T18:00:00Z"), ZoneOffset.UTC);

    private static Deadline item(DeadlineKind kind, LocalDate dueOn, Instant clearedAt) {
        return new Deadline("x", kind, "c", "D464", true, "Đợt 1", null, dueOn, clearedAt);
    }

    @Test
    void aDayIsVietnamsDaySoADeadlineOfThe31stIsOverdueAfterItsMidnightThere() {
        LocalDate today = VietnamTime.today(EVENING_UTC);
        assertThat(today).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(RULES.status(item(DeadlineKind.SUPPLEMENT, LocalDate.of(2023, 8, 31), null), today))
                .contains(OVERDUE);
        assertThat(RULES.status(item(DeadlineKind.SUPPLEMENT, LocalDate.of(2023, 9, 1), null), today))
                .contains(UPCOMING);
    }

    @Test
    void upcomingOnlyWithinTheLookAheadTodayIncluded() {
        LocalDate today = LocalDate.of(2024, 2, 1);
        assertThat(RULES.status(item(DeadlineKind.MILESTONE, today, null), today)).contains(UPCOMING);
        assertThat(RULES.status(item(DeadlineKind.MILESTONE, today.plusDays(30), null), today)).contains(UPCOMING);
        assertThat(RULES.status(item(DeadlineKind.MILESTONE, today.plusDays(31), null), today)).isEmpty();
    }

    @Test
    void supplementsAndRoundsStayOverdueUntilClearedWindowsAndMilestonesDropOutAfterTheKeptDays() {
        LocalDate due = LocalDate.of(2023, 8, 31);
        LocalDate muchLater = due.plusDays(200);
        assertThat(RULES.status(item(DeadlineKind.SUPPLEMENT, due, null), muchLater)).contains(OVERDUE);
        assertThat(RULES.status(item(DeadlineKind.AWARD_ROUND, due, null), muchLater)).contains(OVERDUE);
        assertThat(RULES.status(item(DeadlineKind.REGISTRATION_WINDOW, due, null), due.plusDays(30)))
                .contains(OVERDUE);
        assertThat(RULES.status(item(DeadlineKind.REGISTRATION_WINDOW, due, null), due.plusDays(31))).isEmpty();
        assertThat(RULES.status(item(DeadlineKind.MILESTONE, due, null), muchLater)).isEmpty();
    }

    @Test
    void aClearedItemIsNeitherUpcomingNorOverdue() {
        LocalDate due = LocalDate.of(2023, 8, 31);
        Instant received = Instant.parse("2023-08-20T02:00:00Z");
        assertThat(RULES.status(item(DeadlineKind.SUPPLEMENT, due, received), due.minusDays(3))).isEmpty();
        assertThat(RULES.status(item(DeadlineKind.SUPPLEMENT, due, received), due.plusDays(3))).isEmpty();
    }

    @Test
    void aCampaignsWindowsAndMilestonesAreItemsOfTheOrganisersSubtreeClearedWhenItCloses() {
        Instant at = Instant.parse("2023-03-14T08:30:00Z");
        CampaignPlan plan = new CampaignPlan("Dân vận khéo", null,
                List.of(new PlanWindow("Đợt 1", LocalDate.of(2023, 3, 15), LocalDate.of(2023, 8, 31)),
                        new PlanWindow("Đợt bổ sung", LocalDate.of(2023, 9, 1), LocalDate.of(2024, 2, 29))),
                List.of(new PlanMilestone("PRELIMINARY_REVIEW", "Sơ kết", LocalDate.of(2023, 12, 15)),
                        new PlanMilestone("FINAL_REVIEW", null, LocalDate.of(2025, 11, 30))),
                List.of(), 1, at);
        Campaign open = Campaign.from(new CampaignChange.Launched("vl", "D464", 2023, 2025, plan, at));

        List<Deadline> items = DeadlineRules.ofCampaign(open);

        assertThat(items).extracting(Deadline::kind, Deadline::title, Deadline::dueOn, Deadline::unitId,
                        Deadline::subtree, Deadline::detail)
                .containsExactly(
                        tuple(DeadlineKind.REGISTRATION_WINDOW, "Đợt 1",
                                LocalDate.of(2023, 8, 31), "D464", true, "Dân vận khéo"),
                        tuple(DeadlineKind.REGISTRATION_WINDOW, "Đợt bổ sung",
                                LocalDate.of(2024, 2, 29), "D464", true, "Dân vận khéo"),
                        tuple(DeadlineKind.MILESTONE, "Sơ kết",
                                LocalDate.of(2023, 12, 15), "D464", true, "Dân vận khéo"),
                        tuple(DeadlineKind.MILESTONE, "FINAL_REVIEW",
                                LocalDate.of(2025, 11, 30), "D464", true, "Dân vận khéo"));
        assertThat(items).noneMatch(Deadline::cleared);

        Campaign closed = open.apply(new CampaignChange.Closed("vl", "xong", Instant.parse("2024-01-05T00:00:00Z")));
        assertThat(DeadlineRules.ofCampaign(closed)).allMatch(Deadline::cleared);
        assertThat(DeadlineRules.ofCampaign(Campaign.unknown("nobody"))).isEmpty();
    }

    @Test
    void anItemConcernsItsUnitTheUnitsBelowWhenSetForTheSubtreeAndSupervisorsAbove() {
        Deadline window = new Deadline("w", DeadlineKind.REGISTRATION_WINDOW, "c", "D464", true, "Đợt 1", null,
                LocalDate.of(2023, 8, 31), null);
        Deadline supplement = new Deadline("s", DeadlineKind.SUPPLEMENT, "c", "W19363", false, "Bổ sung", null,
                LocalDate.of(2023, 8, 31), null);
        List<String> communeAncestors = List.of("45", "D464");
        List<String> districtAncestors = List.of("45");

        // a commune officer: the district's window applies to the commune; its own supplement
        assertThat(DeadlineRules.concerns(window, "W19363", communeAncestors, districtAncestors, false)).isTrue();
        assertThat(DeadlineRules.concerns(supplement, "W19363", communeAncestors, communeAncestors, false)).isTrue();
        // another commune's supplement is not its business
        assertThat(DeadlineRules.concerns(supplement, "W19369", communeAncestors, communeAncestors, false)).isFalse();
        // the district's board sees the commune's supplement; a district unit officer does not
        assertThat(DeadlineRules.concerns(supplement, "D464", districtAncestors, communeAncestors, true)).isTrue();
        assertThat(DeadlineRules.concerns(supplement, "D464", districtAncestors, communeAncestors, false)).isFalse();
        // a unit's own supplement is not set for the units below it
        Deadline districtOwn = new Deadline("d", DeadlineKind.SUPPLEMENT, "c", "D464", false, "Bổ sung", null,
                LocalDate.of(2023, 8, 31), null);
        assertThat(DeadlineRules.concerns(districtOwn, "W19363", communeAncestors, districtAncestors, true)).isFalse();
        // a district beside sees nothing of D464's window
        assertThat(DeadlineRules.concerns(window, "D677", List.of("68"), districtAncestors, true)).isFalse();
    }
}
