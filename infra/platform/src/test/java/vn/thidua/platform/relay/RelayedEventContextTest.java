package vn.thidua.platform.relay;

import org.junit.jupiter.api.Test;
import vn.thidua.contracts.Actor;
import vn.thidua.platform.actor.Caller;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The published actor always has a unit: the schemas require one, so subscribers can rely on it. */
class RelayedEventContextTest {

    private static Actor actorOf(Caller caller) {
        return new RelayedEventContext("e1", "a1", Instant.parse("2025-01-01T00:00:00Z"), caller).actor();
    }

    @Test
    void aCallerActingForAUnitIsPublishedWithIt() {
        assertThat(actorOf(new Caller("can-bo-xa", "W19363", List.of("UNIT_OFFICER"), "c1")))
                .isEqualTo(new Actor("can-bo-xa", "W19363"));
    }

    @Test
    void aServiceOrAnUnidentifiedCallerIsPublishedWithNoUnit() {
        assertThat(actorOf(Caller.system("review-service", "c1"))).isEqualTo(new Actor("system:review-service", "none"));
        assertThat(actorOf(new Caller("khach", " ", List.of(), null)).unitId()).isEqualTo(Actor.NO_UNIT);
        assertThat(actorOf(null)).isEqualTo(new Actor("unknown", "none"));
    }
}
