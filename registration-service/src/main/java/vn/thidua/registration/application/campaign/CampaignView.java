package vn.thidua.registration.application.campaign;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.contracts.CoverageTarget;
import vn.thidua.contracts.Milestone;
import vn.thidua.contracts.RegistrationWindow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The registration service's view of one campaign (phong trào thi đua), as its pages and registration use it. */
@Document("campaigns")
public record CampaignView(@Id String campaignId, String organiserUnitId, String name, String description,
                           int startYear, int endYear, List<RegistrationWindow> registrationWindows,
                           List<Milestone> milestones, List<CoverageTarget> coverageTargets,
                           int modelsPerUnitPerYear, String status, Instant launchedAt, Instant closedAt) {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    public boolean open() {
        return OPEN.equals(status);
    }

    /** The last due date of all windows: a registration after it is accepted and flagged late (đăng ký muộn). */
    public Optional<LocalDate> lastDueDate() {
        return registrationWindows == null ? Optional.empty()
                : registrationWindows.stream().map(RegistrationWindow::dueOn).max(Comparator.naturalOrder());
    }
}
