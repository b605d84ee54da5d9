package vn.thidua.registration.adapter.out.kafka;

import org.springframework.stereotype.Component;
import vn.thidua.contracts.CampaignAmended;
import vn.thidua.contracts.CampaignClosed;
import vn.thidua.contracts.CampaignLaunched;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.platform.relay.IntegrationEventMapper;
import vn.thidua.platform.relay.RelayedEventContext;
import vn.thidua.registration.domain.campaign.CampaignAmendedEvent;
import vn.thidua.registration.domain.campaign.CampaignClosedEvent;
import vn.thidua.registration.domain.campaign.CampaignLaunchedEvent;
import vn.thidua.registration.domain.campaign.CampaignMilestone;
import vn.thidua.registration.domain.campaign.CampaignTarget;
import vn.thidua.registration.domain.campaign.CampaignWindow;

import java.util.Optional;

/** Campaign events → the published language (CampaignLaunched, CampaignAmended, CampaignClosed). */
@Component
public class CampaignEventMapper implements IntegrationEventMapper {

    @Override
    public Optional<IntegrationEvent> map(Object event, RelayedEventContext context) {
        if (event instanceof CampaignLaunchedEvent e) {
            return Optional.of(new CampaignLaunched(e.campaignId(), e.organiserUnitId(), e.name(), e.description(),
                    e.startYear(), e.endYear(), CampaignWindow.published(e.registrationWindows()),
                    CampaignMilestone.published(e.milestones()), CampaignTarget.published(e.coverageTargets()),
                    e.modelsPerUnitPerYear(), context.actor(), context.occurredAt()));
        }
        if (event instanceof CampaignAmendedEvent e) {
            return Optional.of(new CampaignAmended(e.campaignId(), e.name(), e.description(),
                    CampaignWindow.published(e.registrationWindows()), CampaignMilestone.published(e.milestones()),
                    CampaignTarget.published(e.coverageTargets()), e.modelsPerUnitPerYear(), context.actor(),
                    context.occurredAt()));
        }
        if (event instanceof CampaignClosedEvent e) {
            return Optional.of(new CampaignClosed(e.campaignId(), e.reason(), context.actor(), context.occurredAt()));
        }
        return Optional.empty();
    }
}
