package vn.thidua.registration.application.campaign;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.contracts.CoverageTarget;
import vn.thidua.contracts.Milestone;
import vn.thidua.contracts.RegistrationWindow;
import vn.thidua.registration.domain.campaign.CampaignAmendedEvent;
import vn.thidua.registration.domain.campaign.CampaignClosedEvent;
import vn.thidua.registration.domain.campaign.CampaignLaunchedEvent;
import vn.thidua.registration.domain.campaign.CampaignMilestone;
import vn.thidua.registration.domain.campaign.CampaignTarget;
import vn.thidua.registration.domain.campaign.CampaignWindow;

import java.time.Instant;
import java.util.List;

/**
 * Builds the campaigns view in MongoDB. Replay-safe: every write replaces the whole document, and an event whose
 * sequence number the document has already seen is skipped, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(CampaignViewProjector.PROCESSING_GROUP)
public class CampaignViewProjector {

    public static final String PROCESSING_GROUP = "campaign-views";

    private final MongoTemplate mongo;

    public CampaignViewProjector(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(CampaignLaunchedEvent e, @Timestamp Instant at, @SequenceNumber Long sequence) {
        CampaignView current = mongo.findById(e.campaignId(), CampaignView.class);
        if (seen(current, sequence)) return;
        mongo.save(new CampaignView(e.campaignId(), e.organiserUnitId(), e.name(), e.description(), e.startYear(),
                e.endYear(), windows(e.registrationWindows()), milestones(e.milestones()), targets(e.coverageTargets()),
                e.modelsPerUnitPerYear(), CampaignView.OPEN, at, null, null, sequence));
    }

    @EventHandler
    void on(CampaignAmendedEvent e, @SequenceNumber Long sequence) {
        CampaignView v = mongo.findById(e.campaignId(), CampaignView.class);
        if (v == null || seen(v, sequence)) return;
        mongo.save(new CampaignView(v.campaignId(), v.organiserUnitId(), e.name(), e.description(), v.startYear(),
                v.endYear(), windows(e.registrationWindows()), milestones(e.milestones()), targets(e.coverageTargets()),
                e.modelsPerUnitPerYear(), v.status(), v.launchedAt(), v.closedAt(), v.closeReason(), sequence));
    }

    @EventHandler
    void on(CampaignClosedEvent e, @Timestamp Instant at, @SequenceNumber Long sequence) {
        CampaignView v = mongo.findById(e.campaignId(), CampaignView.class);
        if (v == null || seen(v, sequence)) return;
        mongo.save(new CampaignView(v.campaignId(), v.organiserUnitId(), v.name(), v.description(), v.startYear(),
                v.endYear(), v.registrationWindows(), v.milestones(), v.coverageTargets(), v.modelsPerUnitPerYear(),
                CampaignView.CLOSED, v.launchedAt(), at, e.reason(), sequence));
    }

    /** A replay rebuilds the view from nothing. */
    @ResetHandler
    void reset() {
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), CampaignView.class);
    }

    private static boolean seen(CampaignView view, Long sequence) {
        return view != null && view.version() != null && sequence != null && view.version() >= sequence;
    }

    static List<RegistrationWindow> windows(List<CampaignWindow> windows) {
        return windows == null ? List.of()
                : windows.stream().map(w -> new RegistrationWindow(w.name(), w.opensOn(), w.dueOn())).toList();
    }

    static List<Milestone> milestones(List<CampaignMilestone> milestones) {
        return milestones == null ? List.of()
                : milestones.stream().map(m -> new Milestone(m.kind(), m.title(), m.dueOn())).toList();
    }

    static List<CoverageTarget> targets(List<CampaignTarget> targets) {
        return targets == null ? List.of()
                : targets.stream().map(t -> new CoverageTarget(t.unitKind(), t.comparison(), t.percent())).toList();
    }
}
