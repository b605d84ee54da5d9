package vn.thidua.registration.application.campaign;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.StateConflict;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.Role;
import vn.thidua.registration.domain.campaign.AmendCampaignCommand;
import vn.thidua.registration.domain.campaign.CloseCampaignCommand;
import vn.thidua.registration.domain.campaign.LaunchCampaignCommand;

import java.time.Duration;

/** Launches, amends and closes campaigns for the REST API and the pages. */
@Service
public class CampaignCommands {

    public static final String CAMPAIGN_EXISTS = "campaign-exists";

    private final CommandGateway commands;
    private final EventStore events;
    private final CampaignDirectory directory;
    private final AccessGuard guard;

    public CampaignCommands(CommandGateway commands, EventStore events, CampaignDirectory directory, AccessGuard guard) {
        this.commands = commands;
        this.events = events;
        this.directory = directory;
        this.guard = guard;
    }

    /** The organiser must lie in the caller's subtree (the role is the access rules' word). */
    private void requireOrganiser(String organiserUnitId) {
        if (organiserUnitId != null && !organiserUnitId.isBlank()) {
            guard.require(organiserUnitId.strip(), Role.BOARD_OFFICER);
        }
    }

    /** Over an existing campaign: its organiser's subtree; an unknown campaign is the command's 404. */
    private void requireOrganiserOf(String campaignId) {
        directory.find(campaignId).ifPresent(campaign -> guard.require(campaign.organiserUnitId(), Role.BOARD_OFFICER));
    }

    /**
     * Launches the campaign; its id must be new. The event store is the judge: a second launch with the same id
     * fails to create the stream and is answered with a conflict (409) naming the id.
     */
    public String launch(LaunchCampaignCommand command) {
        requireOrganiser(command.organiserUnitId());
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            if (streamExists(e)) throw new StateConflict(CAMPAIGN_EXISTS, command.campaignId());
            throw e;
        }
        return command.campaignId();
    }

    /** Whether a campaign with this id was ever launched (the event store's word, not the view's). */
    public boolean exists(String campaignId) {
        return events.lastSequenceNumberFor(campaignId).isPresent();
    }

    public void amend(AmendCampaignCommand command) {
        requireOrganiserOf(command.campaignId());
        commands.sendAndWait(command);
    }

    public void close(CloseCampaignCommand command) {
        requireOrganiserOf(command.campaignId());
        commands.sendAndWait(command);
    }

    /**
     * Waits (briefly) until the view shows every event stored for the campaign, so that a page shown right after
     * a change shows the change. Returns false if the view is still behind after {@code timeout}.
     */
    public boolean awaitView(String campaignId, Duration timeout) {
        long stored = events.lastSequenceNumberFor(campaignId).orElse(-1L);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            var view = directory.find(campaignId);
            if (stored < 0 || view.map(v -> v.version() != null && v.version() >= stored).orElse(false)) return true;
            if (System.nanoTime() > deadline) return false;
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private static boolean streamExists(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AggregateStreamCreationException) return true;
        }
        return false;
    }
}
