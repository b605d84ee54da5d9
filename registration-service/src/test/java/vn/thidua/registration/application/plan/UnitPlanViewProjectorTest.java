package vn.thidua.registration.application.plan;

import org.junit.jupiter.api.Test;
import vn.thidua.registration.domain.plan.PlanDocument;
import vn.thidua.registration.domain.plan.UnitPlanFiledEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan's view on an in-memory store: the latest version with its file; a replayed older version changes nothing. */
class UnitPlanViewProjectorTest {

    private static final LocalDate ISSUED = LocalDate.of(2023, 3, 20);
    private static final PlanDocument SIGNED = new PlanDocument("6571f0c2a1b2c3d4e5f60718", "Kế hoạch 15-KH.pdf",
            "application/pdf", 182_345, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

    private final Map<String, UnitPlanView> saved = new HashMap<>();
    private final UnitPlanViewProjector projector = new UnitPlanViewProjector(new UnitPlanViewStore() {
        @Override
        public Optional<UnitPlanView> find(String planId) {
            return Optional.ofNullable(saved.get(planId));
        }

        @Override
        public void save(UnitPlanView plan) {
            saved.put(plan.planId(), plan);
        }

        @Override
        public List<UnitPlanView> ofCampaign(String campaignId) {
            return saved.values().stream().filter(p -> p.campaignId().equals(campaignId)).toList();
        }
    });

    private static UnitPlanFiledEvent filed(int version, String number, PlanDocument document) {
        return new UnitPlanFiledEvent("dvk", "W19390", version, number, ISSUED, "Nguyễn Văn An", null, document);
    }

    @Test
    void theLatestVersionKeepsItsFileAndAnOlderOneReplayedChangesNothing() {
        Instant first = Instant.parse("2023-03-22T02:15:00Z");
        Instant second = Instant.parse("2023-03-24T03:40:00Z");
        projector.on(filed(1, "15-KH/ĐU", null), first, "can-bo");
        projector.on(filed(2, "15-KH/ĐU", SIGNED), second, "can-bo");
        projector.on(filed(1, "15-KH/ĐU", null), first, "can-bo");

        UnitPlanView view = saved.get("plan:dvk:W19390");
        assertThat(view.version()).isEqualTo(2);
        assertThat(view.document()).isEqualTo(SIGNED);
        assertThat(view.filedAt()).isEqualTo(second);
        assertThat(view.firstFiledAt()).isEqualTo(first);
    }
}
