package vn.thidua.registration.application.campaign;

import vn.thidua.contracts.CoverageTarget;
import vn.thidua.contracts.Milestone;
import vn.thidua.contracts.RegistrationWindow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The registration service's view of one campaign (phong trào thi đua), as its pages and registration use it.
 * Written only by {@link CampaignViewProjector}. {@code closeReason} may be null; {@code version} is the sequence
 * number of the last event applied (0 after the launch), which makes redelivered events harmless and lets a page
 * wait until its own change is visible.
 */
public record CampaignView(String campaignId, String organiserUnitId, String name, String description,
                           int startYear, int endYear, List<RegistrationWindow> registrationWindows,
                           List<Milestone> milestones, List<CoverageTarget> coverageTargets,
                           int modelsPerUnitPerYear, String status, Instant launchedAt, Instant closedAt,
                           String closeReason, Long version) {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    public CampaignView {
        registrationWindows = registrationWindows == null ? List.of() : registrationWindows;
        milestones = milestones == null ? List.of() : milestones;
        coverageTargets = coverageTargets == null ? List.of() : coverageTargets;
    }

    public boolean open() {
        return OPEN.equals(status);
    }

    /** The last due date of all windows: a registration after it is accepted and flagged late (đăng ký muộn). */
    public Optional<LocalDate> lastDueDate() {
        return registrationWindows == null ? Optional.empty()
                : registrationWindows.stream().map(RegistrationWindow::dueOn).max(Comparator.naturalOrder());
    }

    /** "2023–2025", or "2020" for a one-year campaign. */
    public String period() {
        return startYear == endYear ? String.valueOf(startYear) : startYear + "–" + endYear;
    }
}
