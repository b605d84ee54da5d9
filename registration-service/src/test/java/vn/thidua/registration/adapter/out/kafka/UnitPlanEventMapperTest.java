package vn.thidua.registration.adapter.out.kafka;

import org.junit.jupiter.api.Test;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.UnitPlanFiled;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.relay.RelayedEventContext;
import vn.thidua.registration.domain.plan.PlanDocument;
import vn.thidua.registration.domain.plan.UnitPlanFiledEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnitPlanEventMapperTest {

    private final UnitPlanEventMapper mapper = new UnitPlanEventMapper();
    private final Instant at = Instant.parse("2023-03-22T02:15:00Z");
    private final RelayedEventContext context = new RelayedEventContext("event-1", "plan:dvk:W19390", at,
            new Caller("can-bo", "W19390", List.of("UNIT_OFFICER"), "corr-1"));

    @Test
    void aFiledPlanIsPublishedWithItsVersionKeyedByThePlan() {
        var published = mapper.map(new UnitPlanFiledEvent("dvk", "W19390", 2, "16-KH/ĐU", LocalDate.of(2023, 3, 20),
                "Nguyễn Văn An", "Sửa số", null), context);
        assertThat(published).contains(new UnitPlanFiled("plan:dvk:W19390", "dvk", "W19390", 2, "16-KH/ĐU",
                LocalDate.of(2023, 3, 20), "Nguyễn Văn An", "Sửa số", new Actor("can-bo", "W19390"), at));
        assertThat(published.get().subject()).isEqualTo("plan:dvk:W19390");
    }

    @Test
    void aPlansSignedFileIsDescribedNeverCarried() {
        var document = new PlanDocument("6571f0c2a1b2c3d4e5f60718", "Kế hoạch 16-KH.pdf", "application/pdf", 182_345,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        var published = mapper.map(new UnitPlanFiledEvent("dvk", "W19390", 2, "16-KH/ĐU", LocalDate.of(2023, 3, 20),
                "Nguyễn Văn An", null, document), context);
        assertThat(published).get().isInstanceOfSatisfying(UnitPlanFiled.class, e -> assertThat(e.document())
                .isEqualTo(new vn.thidua.contracts.PlanDocument("6571f0c2a1b2c3d4e5f60718", "Kế hoạch 16-KH.pdf",
                        "application/pdf", 182_345, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")));
    }

    @Test
    void anythingElseIsNotThisMappersToPublish() {
        assertThat(mapper.map("something else", context)).isEmpty();
    }
}
