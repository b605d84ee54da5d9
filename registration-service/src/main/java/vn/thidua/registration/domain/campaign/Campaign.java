package vn.thidua.registration.domain.campaign;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;

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
            throw new RuleViolation("invalid-campaign", "Thông tin phong trào thi đua không hợp lệ",
                    "The campaign is invalid", issues);
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
            throw new RuleViolation("campaign-closed", "Phong trào đã kết thúc, không thể điều chỉnh",
                    "The campaign is closed and can no longer be amended");
        }
        List<FieldIssue> issues = CampaignRules.amendIssues(command, startYear, endYear);
        if (!issues.isEmpty()) {
            throw new RuleViolation("invalid-campaign", "Thông tin điều chỉnh phong trào không hợp lệ",
                    "The campaign amendment is invalid", issues);
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
            throw new RuleViolation("campaign-closed", "Phong trào đã kết thúc trước đó",
                    "The campaign is already closed");
        }
        List<FieldIssue> issues = CampaignRules.closeIssues(command);
        if (!issues.isEmpty()) {
            throw new RuleViolation("invalid-closure", "Lý do kết thúc quá dài", "The reason is too long", issues);
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
