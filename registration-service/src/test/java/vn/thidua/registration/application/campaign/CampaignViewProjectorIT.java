package vn.thidua.registration.application.campaign;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.thidua.registration.support.ModelFixtures;
import vn.thidua.registration.RegistrationTest;
import vn.thidua.registration.domain.campaign.AmendCampaignCommand;
import vn.thidua.registration.domain.campaign.CampaignLaunchedEvent;
import vn.thidua.registration.domain.campaign.CampaignWindow;
import vn.thidua.registration.domain.campaign.LaunchCampaignCommand;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The campaigns view ignores events it has already applied, and a page can wait for its own change. */
@RegistrationTest
class CampaignViewProjectorIT {

    @Autowired CampaignCommands campaigns;
    @Autowired CampaignQueries queries;
    @Autowired CampaignViewProjector projector;
    @Autowired TestRestTemplate http;

    /** The organiser must be in the tree: jurisdiction covers no unknown unit. */
    private static final String ORGANISER = "DT464";

    @Test
    void redeliveredLaunchDoesNotUndoALaterAmendment() {
        new ModelFixtures(http).district(ORGANISER);
        String id = "phat-lai-" + UUID.randomUUID().toString().substring(0, 8);
        List<CampaignWindow> windows = List.of(new CampaignWindow("Đợt 1", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)));
        var launch = new LaunchCampaignCommand(id, ORGANISER, "Tên ban đầu", null, 2024, 2025, windows, List.of(), List.of(), 1);
        // the organiser's board, as the API would set it from its token
        Caller board = new Caller("ban-dan-van", ORGANISER, List.of("BOARD_OFFICER"), "corr-" + id);
        CurrentCaller.runAs(board, () -> {
            campaigns.launch(launch);
            campaigns.amend(new AmendCampaignCommand(id, "Tên sau điều chỉnh", null, windows, List.of(), List.of(), 2));
        });
        assertThat(campaigns.awaitView(id, Duration.ofSeconds(30))).isTrue();
        CampaignView amended = queries.campaign(id);
        assertThat(amended.name()).isEqualTo("Tên sau điều chỉnh");
        assertThat(amended.version()).isEqualTo(1L);

        projector.on(new CampaignLaunchedEvent(id, ORGANISER, "Tên ban đầu", null, 2024, 2025, windows, List.of(),
                List.of(), 1), Instant.now(), 0L);

        assertThat(queries.campaign(id)).isEqualTo(amended);
    }
}
