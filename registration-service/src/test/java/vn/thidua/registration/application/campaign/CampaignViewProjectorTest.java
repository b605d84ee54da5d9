package vn.thidua.registration.application.campaign;

import org.junit.jupiter.api.Test;
import vn.thidua.contracts.CoverageTarget;
import vn.thidua.contracts.Milestone;
import vn.thidua.contracts.MilestoneKind;
import vn.thidua.contracts.RegistrationWindow;
import vn.thidua.contracts.TargetComparison;
import vn.thidua.registration.domain.campaign.CampaignAmendedEvent;
import vn.thidua.registration.domain.campaign.CampaignClosedEvent;
import vn.thidua.registration.domain.campaign.CampaignLaunchedEvent;
import vn.thidua.registration.domain.campaign.CampaignMilestone;
import vn.thidua.registration.domain.campaign.CampaignTarget;
import vn.thidua.registration.domain.campaign.CampaignWindow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The campaigns view built by the projector on an in-memory store (no Spring, Axon or MongoDB). */
class CampaignViewProjectorTest {

    private static final Instant LAUNCHED = Instant.parse("2024-01-02T03:00:00Z");
    private static final Instant CLOSED = Instant.parse("2025-12-31T09:00:00Z");
    private static final List<CampaignWindow> WINDOWS =
            List.of(new CampaignWindow("Đợt 1", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)));

    private final InMemoryCampaignViews views = new InMemoryCampaignViews();
    private final CampaignViewProjector projector = new CampaignViewProjector(views);

    private static CampaignLaunchedEvent launched(String id, String name) {
        return new CampaignLaunchedEvent(id, "D464", name, "Mô tả", 2024, 2025, WINDOWS,
                List.of(new CampaignMilestone(MilestoneKind.FINAL_REVIEW, "Tổng kết", LocalDate.of(2025, 12, 31))),
                List.of(new CampaignTarget("commune", TargetComparison.AT_LEAST, 100)), 1);
    }

    private static CampaignAmendedEvent amended(String id, String name) {
        return new CampaignAmendedEvent(id, name, null, WINDOWS, List.of(), List.of(), 2);
    }

    @Test
    void aLaunchOpensTheCampaignInThePublishedShapes() {
        projector.on(launched("vinh-linh", "Dân vận khéo"), LAUNCHED, 0L);

        CampaignView view = views.find("vinh-linh").orElseThrow();
        assertThat(view.open()).isTrue();
        assertThat(view.launchedAt()).isEqualTo(LAUNCHED);
        assertThat(view.version()).isZero();
        assertThat(view.registrationWindows()).containsExactly(
                new RegistrationWindow("Đợt 1", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)));
        assertThat(view.milestones()).containsExactly(
                new Milestone(MilestoneKind.FINAL_REVIEW, "Tổng kết", LocalDate.of(2025, 12, 31)));
        assertThat(view.coverageTargets()).containsExactly(new CoverageTarget("commune", TargetComparison.AT_LEAST, 100));
        assertThat(view.period()).isEqualTo("2024–2025");
    }

    @Test
    void anAmendmentReplacesTheContentAndKeepsThePeriodAndStatus() {
        projector.on(launched("c1", "Tên ban đầu"), LAUNCHED, 0L);
        projector.on(amended("c1", "Tên sau điều chỉnh"), 1L);

        CampaignView view = views.find("c1").orElseThrow();
        assertThat(view.name()).isEqualTo("Tên sau điều chỉnh");
        assertThat(view.description()).isNull();
        assertThat(view.milestones()).isEmpty();
        assertThat(view.modelsPerUnitPerYear()).isEqualTo(2);
        assertThat(List.of(view.startYear(), view.endYear())).containsExactly(2024, 2025);
        assertThat(view.open()).isTrue();
        assertThat(view.version()).isEqualTo(1L);
    }

    @Test
    void aClosureKeepsTheContentAndRecordsWhenAndWhy() {
        projector.on(launched("c1", "Dân vận khéo"), LAUNCHED, 0L);
        projector.on(new CampaignClosedEvent("c1", "Đã tổng kết"), CLOSED, 1L);

        CampaignView view = views.find("c1").orElseThrow();
        assertThat(view.status()).isEqualTo(CampaignView.CLOSED);
        assertThat(view.closedAt()).isEqualTo(CLOSED);
        assertThat(view.closeReason()).isEqualTo("Đã tổng kết");
        assertThat(view.name()).isEqualTo("Dân vận khéo");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        projector.on(launched("c1", "Tên ban đầu"), LAUNCHED, 0L);
        projector.on(amended("c1", "Tên sau điều chỉnh"), 1L);
        CampaignView amended = views.find("c1").orElseThrow();

        projector.on(launched("c1", "Tên ban đầu"), LAUNCHED.plusSeconds(60), 0L);
        projector.on(amended("c1", "Tên khác"), 1L);

        assertThat(views.find("c1")).contains(amended);
    }

    @Test
    void changesToAnUnknownCampaignAreIgnored() {
        projector.on(amended("khong-co", "Tên"), 1L);
        projector.on(new CampaignClosedEvent("khong-co", null), CLOSED, 2L);

        assertThat(views.views).isEmpty();
    }

    @Test
    void aResetEmptiesTheView() {
        projector.on(launched("c1", "Dân vận khéo"), LAUNCHED, 0L);

        projector.reset();

        assertThat(views.views).isEmpty();
    }
}
