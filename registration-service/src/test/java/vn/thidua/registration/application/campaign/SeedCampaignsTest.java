package vn.thidua.registration.application.campaign;

import org.junit.jupiter.api.Test;
import vn.thidua.contracts.MilestoneKind;
import vn.thidua.registration.domain.campaign.CampaignMilestone;
import vn.thidua.registration.domain.campaign.CampaignRules;
import vn.thidua.registration.domain.campaign.CampaignTarget;
import vn.thidua.registration.domain.campaign.CampaignWindow;
import vn.thidua.registration.domain.campaign.LaunchCampaignCommand;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.contracts.TargetComparison.AT_LEAST;
import static vn.thidua.contracts.TargetComparison.MORE_THAN;

/** The seed plans as campaigns: each one valid, and saying what its plan says. */
class SeedCampaignsTest {

    private final List<LaunchCampaignCommand> seeds = new SeedCampaigns(null).requests();

    private LaunchCampaignCommand seed(String id) {
        return seeds.stream().filter(s -> s.campaignId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theThreeSeedsAreValidCampaigns() {
        assertThat(seeds).extracting(LaunchCampaignCommand::campaignId)
                .containsExactly(SeedCampaigns.DON_DUONG, SeedCampaigns.LANG_SON, SeedCampaigns.VINH_LINH);
        seeds.forEach(s -> assertThat(CampaignRules.launchIssues(s)).as(s.campaignId()).isEmpty());
    }

    @Test
    void donDuong2020PlansWorkByQuarterWithSixMonthAndYearEndReviews() {
        var s = seed(SeedCampaigns.DON_DUONG);
        assertThat(s.organiserUnitId()).isEqualTo("D677");
        assertThat(List.of(s.startYear(), s.endYear())).containsExactly(2020, 2020);
        assertThat(s.milestones()).filteredOn(m -> m.kind() == MilestoneKind.QUARTERLY_WORK)
                .extracting(CampaignMilestone::dueOn)
                .containsExactly(LocalDate.of(2020, 6, 30), LocalDate.of(2020, 9, 30), LocalDate.of(2020, 12, 31));
        assertThat(s.milestones()).extracting(CampaignMilestone::kind)
                .contains(MilestoneKind.PRELIMINARY_REVIEW, MilestoneKind.FINAL_REVIEW);
        assertThat(s.milestones()).anyMatch(m -> m.dueOn().equals(LocalDate.of(2020, 10, 15))
                && m.title().contains("90 năm"));
    }

    @Test
    void langSonEthnicCommitteeReviewsIn2023AndClosesIn2025() {
        var s = seed(SeedCampaigns.LANG_SON);
        assertThat(s.organiserUnitId()).isEqualTo("20");
        assertThat(s.name()).contains("Lạng Sơn cùng cả nước chung sức xây dựng nông thôn mới").endsWith("tại Ban Dân tộc");
        assertThat(List.of(s.startYear(), s.endYear())).containsExactly(2021, 2025);
        assertThat(s.milestones()).filteredOn(m -> m.kind() == MilestoneKind.PRELIMINARY_REVIEW)
                .extracting(m -> m.dueOn().getYear()).containsExactly(2023);
        assertThat(s.milestones()).filteredOn(m -> m.kind() == MilestoneKind.FINAL_REVIEW)
                .extracting(m -> m.dueOn().getYear()).containsExactly(2025);
        assertThat(s.registrationWindows()).extracting(CampaignWindow::opensOn).containsExactly(LocalDate.of(2022, 7, 1));
    }

    @Test
    void vinhLinhHasItsDossierDeadlinesAndCoverageTargets() {
        var s = seed(SeedCampaigns.VINH_LINH);
        assertThat(s.organiserUnitId()).isEqualTo("D464");
        assertThat(s.registrationWindows()).extracting(CampaignWindow::dueOn)
                .containsExactly(LocalDate.of(2023, 8, 31), LocalDate.of(2024, 2, 29));
        assertThat(s.coverageTargets()).containsExactly(new CampaignTarget("agency", MORE_THAN, 80),
                new CampaignTarget("commune", AT_LEAST, 100), new CampaignTarget("village", MORE_THAN, 75));
        assertThat(s.modelsPerUnitPerYear()).isEqualTo(1);
        assertThat(s.milestones()).anyMatch(m -> m.dueOn().equals(LocalDate.of(2025, 6, 16)));
        assertThat(s.milestones()).anyMatch(m -> m.kind() == MilestoneKind.FINAL_REVIEW && m.dueOn().getYear() == 2025);
    }
}
