package vn.thidua.registration.application.campaign;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import vn.thidua.registration.domain.campaign.CampaignAmendedEvent;
import vn.thidua.registration.domain.campaign.CampaignClosedEvent;
import vn.thidua.registration.domain.campaign.CampaignLaunchedEvent;
import vn.thidua.registration.domain.campaign.CampaignMilestone;
import vn.thidua.registration.domain.campaign.CampaignTarget;
import vn.thidua.registration.domain.campaign.CampaignWindow;

import java.time.Instant;

/**
 * Builds the campaigns view. Replay-safe: every write replaces the whole view, and an event whose sequence number
 * the view has already seen is skipped, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(CampaignViewProjector.PROCESSING_GROUP)
public class CampaignViewProjector {

    public static final String PROCESSING_GROUP = "campaign-views";

    private final CampaignViewStore views;

    public CampaignViewProjector(CampaignViewStore views) {
        this.views = views;
    }

    @EventHandler
    void on(CampaignLaunchedEvent e, @Timestamp Instant at, @SequenceNumber Long sequence) {
        CampaignView current = views.find(e.campaignId()).orElse(null);
        if (seen(current, sequence)) return;
        views.save(new CampaignView(e.campaignId(), e.organiserUnitId(), e.name(), e.description(), e.startYear(),
                e.endYear(), CampaignWindow.published(e.registrationWindows()),
                CampaignMilestone.published(e.milestones()), CampaignTarget.published(e.coverageTargets()),
                e.modelsPerUnitPerYear(), CampaignView.OPEN, at, null, null, sequence));
    }

    @EventHandler
    void on(CampaignAmendedEvent e, @SequenceNumber Long sequence) {
        CampaignView v = views.find(e.campaignId()).orElse(null);
        if (v == null || seen(v, sequence)) return;
        views.save(new CampaignView(v.campaignId(), v.organiserUnitId(), e.name(), e.description(), v.startYear(),
                v.endYear(), CampaignWindow.published(e.registrationWindows()),
                CampaignMilestone.published(e.milestones()), CampaignTarget.published(e.coverageTargets()),
                e.modelsPerUnitPerYear(), v.status(), v.launchedAt(), v.closedAt(), v.closeReason(), sequence));
    }

    @EventHandler
    void on(CampaignClosedEvent e, @Timestamp Instant at, @SequenceNumber Long sequence) {
        CampaignView v = views.find(e.campaignId()).orElse(null);
        if (v == null || seen(v, sequence)) return;
        views.save(new CampaignView(v.campaignId(), v.organiserUnitId(), v.name(), v.description(), v.startYear(),
                v.endYear(), v.registrationWindows(), v.milestones(), v.coverageTargets(), v.modelsPerUnitPerYear(),
                CampaignView.CLOSED, v.launchedAt(), at, e.reason(), sequence));
    }

    /** A replay rebuilds the view from nothing. */
    @ResetHandler
    void reset() {
        views.removeAll();
    }

    private static boolean seen(CampaignView view, Long sequence) {
        return view != null && view.version() != null && sequence != null && view.version() >= sequence;
    }
}
