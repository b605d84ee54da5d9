package vn.thidua.registration.adapter.out.kafka;

import org.junit.jupiter.api.Test;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.UnitReclassified;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.relay.RelayedEventContext;
import vn.thidua.registration.domain.unit.UnitReclassifiedEvent;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnitEventMapperTest {

    private final UnitEventMapper mapper = new UnitEventMapper();
    private final Instant at = Instant.parse("2025-07-01T01:00:00Z");
    private final RelayedEventContext context = new RelayedEventContext("event-1", "W19363-T01", at,
            new Caller("quan-tri", "45", List.of("ADMINISTRATOR"), "corr-1"));

    @Test
    void aReclassificationIsPublishedKeyedByTheUnit() {
        var published = mapper.map(new UnitReclassifiedEvent("W19363-T01", "khu phố", "village", List.of("urban")),
                context);
        assertThat(published).contains(new UnitReclassified("W19363-T01", "khu phố", "village", List.of("urban"),
                new Actor("quan-tri", "45"), at));
        assertThat(published.get().subject()).isEqualTo("W19363-T01");
    }

    @Test
    void noGroupsArePublishedAsAnEmptyList() {
        var published = mapper.map(new UnitReclassifiedEvent("W19363-T01", "thôn", "village", null), context);
        assertThat(((UnitReclassified) published.orElseThrow()).groups()).isEmpty();
    }
}
