package vn.thidua.registration.domain.campaign;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.domain.StateConflict;

import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An emulation campaign (phong trào thi đua) of one organiser for a period of one or several years, with its
 * registration windows, milestones, coverage targets and the models each unit should launch a year. It can be
 * amended while open and, once closed, no longer changes. A second launch with an id in use is refused by the
 * event store (the id is the aggregate's identifier).
 */
@Aggregate
public class Campaign {

    static final String INVALID_CAMPAIGN = "invalid-campaign";
    static final String CLOSED = "campaign-closed";
    /** Which change was refused: the argument that words {@code invalid-campaign} and {@code campaign-closed}. */
    static final int LAUNCH = 0;
    static final int AMEND = 1;
    static final int CLOSE = 2;

    @AggregateIdentifier
    private String campaignId;
    private int startYear;
    private int endYear;
    private boolean closed;
    private CampaignAmendedEvent content;

    protected Campaign() {
    }

    @CommandHandler
    public Campaign(LaunchCampaignCommand command) {
        List<FieldIssue> issues = CampaignRules.launchIssues(command);
        if (!issues.isEmpty()) {
            throw new InvalidInput(INVALID_CAMPAIGN, issues, LAUNCH);
        }
        apply(new CampaignLaunchedEvent(command.campaignId(), command.organiserUnitId().strip(),
                CampaignRules.line(command.name()), CampaignRules.text(command.description()),
                command.startYear(), command.endYear(), CampaignRules.windows(command.registrationWindows()),
                CampaignRules.milestones(command.milestones()), CampaignRules.targets(command.coverageTargets()),
                command.modelsPerUnitPerYear()));
    }

    @CommandHandler
    public void handle(AmendCampaignCommand command) {
        if (closed) {
            throw new StateConflict(CLOSED, AMEND);
        }
        List<FieldIssue> issues = CampaignRules.amendIssues(command, startYear, endYear);
        if (!issues.isEmpty()) {
            throw new InvalidInput(INVALID_CAMPAIGN, issues, AMEND);
        }
        CampaignAmendedEvent amended = new CampaignAmendedEvent(campaignId, CampaignRules.line(command.name()),
                CampaignRules.text(command.description()), CampaignRules.windows(command.registrationWindows()),
                CampaignRules.milestones(command.milestones()), CampaignRules.targets(command.coverageTargets()),
                command.modelsPerUnitPerYear());
        if (Objects.equals(amended, content)) return; // nothing changed: nothing to tell anyone
        apply(amended);
    }

    @CommandHandler
    public void handle(CloseCampaignCommand command) {
        if (closed) {
            throw new StateConflict(CLOSED, CLOSE);
        }
        List<FieldIssue> issues = CampaignRules.closeIssues(command);
        if (!issues.isEmpty()) {
            throw new InvalidInput("invalid-closure", issues);
        }
        apply(new CampaignClosedEvent(campaignId, CampaignRules.text(command.reason())));
    }

    @EventSourcingHandler
    void on(CampaignLaunchedEvent event) {
        this.campaignId = event.campaignId();
        this.startYear = event.startYear();
        this.endYear = event.endYear();
        this.content = new CampaignAmendedEvent(event.campaignId(), event.name(), event.description(),
                event.registrationWindows(), event.milestones(), event.coverageTargets(), event.modelsPerUnitPerYear());
    }

    @EventSourcingHandler
    void on(CampaignAmendedEvent event) {
        this.content = event;
    }

    @EventSourcingHandler
    void on(CampaignClosedEvent event) {
        this.closed = true;
    }
}
