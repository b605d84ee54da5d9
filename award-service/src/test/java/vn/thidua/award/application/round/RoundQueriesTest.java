package vn.thidua.award.application.round;

import org.junit.jupiter.api.Test;
import vn.thidua.award.application.AwardProposalView;
import vn.thidua.award.application.InMemoryAwardViewStore;
import vn.thidua.award.application.RoundSummary;
import vn.thidua.award.application.RoundView;
import vn.thidua.award.domain.round.RoundKind;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.OutsideJurisdiction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.award.domain.catalogue.RecipientKind.INDIVIDUAL;

/** Rounds and their figures as callers of the province, the district, a commune and the district beside see them. */
class RoundQueriesTest {

    /** 45 → D464 → W19363; 45 → D465. */
    private static final Map<String, String> PARENTS = Map.of("D464", "45", "W19363", "D464", "D465", "45");
    private static final LocalDate DAY = LocalDate.of(2025, 7, 15);
    private static final Instant AT = Instant.parse("2025-07-15T02:00:00Z");

    private final InMemoryAwardViewStore store = new InMemoryAwardViewStore();
    private final RoundQueries queries = new RoundQueries(store, new AccessGuard(RoundQueriesTest::covers));

    private static boolean covers(String ancestor, String unit) {
        for (String u = unit; u != null; u = PARENTS.get(u)) if (u.equals(ancestor)) return true;
        return false;
    }

    private static <T> T as(String unitId, String role, Supplier<T> query) {
        try {
            return CurrentCaller.callAs(new Caller("user-" + unitId, unitId, List.of(role), null), query::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private AwardProposalView proposed(String id) {
        AwardProposalView view = AwardProposalView.proposed(id, null, "dvk", "W19363",
                AwardForm.CERTIFICATE_OF_COMMENDATION, "Tiêu biểu", AT, "r-1", INDIVIDUAL, "Nguyễn Văn " + id, null,
                "GIAY_KHEN", "BC", "D464");
        store.save(view);
        return view;
    }

    private void approved(String id, long amount) {
        store.save(proposed(id).decided(AwardOutcome.APPROVED, "1/QĐ", AT, DAY, "Chủ tịch", null,
                new BigDecimal("0.3"), 2_340_000L, amount));
    }

    private void districtRound() {
        store.save(new RoundView("r-1", "Dân vận khéo 2025", RoundKind.ANNUAL, "dvk", "D464", "DISTRICT", DAY,
                List.of("GIAY_KHEN"), 1_000_000L, false, RoundView.RoundStatus.OPEN, AT, null, List.of()));
    }

    @Test
    void theRoundAddsItsApprovedAmountsAgainstItsBudget() {
        districtRound();
        approved("p-1", 710_000);
        approved("p-2", 710_000);
        store.save(proposed("p-3").withdrawn("rút"));
        store.save(proposed("p-4").forwardedTo("D464", "45"));

        RoundSummary summary = as("D464", "COUNCIL_MEMBER", () -> queries.round("r-1"));
        assertThat(summary.approved()).isEqualTo(2);
        assertThat(summary.withdrawn()).isEqualTo(1);
        assertThat(summary.pending()).isEqualTo(1);
        assertThat(summary.forwarded()).isEqualTo(1);
        assertThat(summary.approvedTotal()).isEqualTo(1_420_000);
        assertThat(summary.overBudget()).isTrue();
    }

    @Test
    void aRoundIsSeenByItsCouncilsSubtreeAndByTheUnitsBelowButNotBeside() {
        districtRound();
        assertThat(as("45", "VIEWER", queries::rounds)).extracting(RoundView::roundId).containsExactly("r-1");
        assertThat(as("W19363", "UNIT_OFFICER", queries::rounds)).extracting(RoundView::roundId).containsExactly("r-1");
        assertThat(as("D465", "COUNCIL_MEMBER", queries::rounds)).isEmpty();
        assertThatThrownBy(() -> as("D465", "BOARD_OFFICER", () -> queries.round("r-1")))
                .isInstanceOf(OutsideJurisdiction.class);
        assertThatThrownBy(() -> as("D464", "ADMINISTRATOR", queries::rounds)).isInstanceOf(OutsideJurisdiction.class);
    }
}
