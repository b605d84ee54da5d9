package vn.thidua.reporting.application.award;

import org.junit.jupiter.api.Test;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.AwardDecided;
import vn.thidua.contracts.AwardForm;
import vn.thidua.contracts.AwardForwarded;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.contracts.AwardProposalWithdrawn;
import vn.thidua.contracts.AwardProposed;
import vn.thidua.contracts.AwardRoundClosed;
import vn.thidua.contracts.AwardRoundKind;
import vn.thidua.contracts.AwardRoundOpened;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.NomineeKind;
import vn.thidua.reporting.application.InMemoryStoresAccess;
import vn.thidua.reporting.application.ProjectionUpdater;
import vn.thidua.reporting.application.StreamPosition;
import vn.thidua.reporting.domain.award.AwardBreakdown;
import vn.thidua.reporting.domain.award.AwardBreakdown.Row;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Awards by form and by round, folded by the projection updater on in-memory stores, in any order. */
class AwardQueriesTest {

    private static final Actor COUNCIL = new Actor("hoi-dong", "D464");
    private static final Instant T = Instant.parse("2024-09-02T02:00:00Z");
    private static final String C = "vinh-linh-2023-2025";

    private static AwardProposed proposed(String id, String model, String form, AwardForm published, String round,
                                          NomineeKind kind, Instant at) {
        return new AwardProposed(id, model, C, "W19390", published, "Mô hình tiêu biểu", COUNCIL, at, kind,
                "Xã Vĩnh Giang", round, form);
    }

    private static AwardDecided decided(AwardProposed p, boolean approved, Long amount, Instant at) {
        return new AwardDecided(p.proposalId(), p.modelId(), C, p.unitId(), p.awardForm(),
                approved ? AwardOutcome.APPROVED : AwardOutcome.REJECTED, approved ? "12/QĐ-UBND" : null, COUNCIL, at,
                p.nomineeKind(), p.nomineeName(), p.roundId(), p.formCode(), null, LocalDate.of(2024, 9, 30),
                "Chủ tịch", amount, amount == null ? null : 2_340_000L);
    }

    /** Two rounds (one with a budget), three forms, an approval, a rejection, a withdrawal, a forward. */
    private static List<IntegrationEvent> scenario() {
        AwardProposed p1 = proposed("p1", "m1", "GIAY_KHEN", AwardForm.CERTIFICATE_OF_COMMENDATION, "r1",
                NomineeKind.COLLECTIVE, T);
        AwardProposed p2 = proposed("p2", "m2", "GIAY_KHEN", AwardForm.CERTIFICATE_OF_COMMENDATION, "r1",
                NomineeKind.COLLECTIVE, T);
        AwardProposed p3 = proposed("p3", "none", "BANG_KHEN_CHU_TICH_UBND_TINH", AwardForm.CERTIFICATE_OF_MERIT,
                "r1", NomineeKind.INDIVIDUAL, T);
        AwardProposed p4 = proposed("p4", "m4", "KY_NIEM_CHUONG_VI_SU_NGHIEP_DAN_VAN", AwardForm.COMMEMORATIVE_MEDAL,
                "r1", NomineeKind.INDIVIDUAL, T);
        AwardProposed old = new AwardProposed("p0", "m0", C, "W19363", AwardForm.CERTIFICATE_OF_MERIT, "Trước đợt",
                COUNCIL, T.minusSeconds(86_400 * 100));
        return List.of(
                new AwardRoundOpened("r1", "Khen thưởng năm 2024", AwardRoundKind.ANNUAL, C, "D464",
                        LocalDate.of(2024, 9, 15), List.of("GIAY_KHEN"), 50_000_000L, COUNCIL, T.minusSeconds(3600)),
                new AwardRoundOpened("r2", "Khen thưởng cấp tỉnh 2024", AwardRoundKind.ANNUAL, C, "T45",
                        LocalDate.of(2024, 10, 15), List.of(), null, COUNCIL, T.minusSeconds(3600)),
                p1, decided(p1, true, 1_170_000L, T.plusSeconds(86_400 * 20)),
                p2, decided(p2, false, null, T.plusSeconds(86_400 * 20)),
                p3, new AwardForwarded("p3", "r2", "none", "W19390", "BANG_KHEN_CHU_TICH_UBND_TINH", "D464", "T45",
                        COUNCIL, T.plusSeconds(86_400)),
                decided(new AwardProposed("p3", "none", C, "W19390", AwardForm.CERTIFICATE_OF_MERIT, null, COUNCIL, T,
                        NomineeKind.INDIVIDUAL, "Nguyễn Văn A", "r2", "BANG_KHEN_CHU_TICH_UBND_TINH"), true, 3_510_000L,
                        T.plusSeconds(86_400 * 40)),
                p4, new AwardProposalWithdrawn("p4", "r1", "m4", "W19390", "Rút", null, COUNCIL, T.plusSeconds(60)),
                old, decided(old, true, null, old.occurredAt().plusSeconds(3600)),
                new AwardRoundClosed("r1", "D464", COUNCIL, T.plusSeconds(86_400 * 21)));
    }

    private static AwardQueries fold(List<IntegrationEvent> events) {
        InMemoryAwardStore awards = new InMemoryAwardStore();
        ProjectionUpdater updater = new InMemoryStoresAccess().updater(awards);
        long offset = 0;
        for (IntegrationEvent event : events) {
            updater.apply("e" + offset, event.getClass().getSimpleName(), event, T,
                    new StreamPosition("thidua.award", 0, offset++));
        }
        return new AwardQueries(awards);
    }

    @Test
    void countsAwardsByFormWithTheirMoneyAndByRoundAgainstItsBudget() {
        AwardBreakdown awards = fold(scenario()).breakdown(C, null);

        assertThat(awards.byForm()).containsExactly(
                new Row("BANG_KHEN_CHU_TICH_UBND_TINH", "CERTIFICATE_OF_MERIT", 1, 1, 0, 0, 3_510_000),
                new Row("CERTIFICATE_OF_MERIT", "CERTIFICATE_OF_MERIT", 1, 1, 0, 0, 0),
                new Row("GIAY_KHEN", "CERTIFICATE_OF_COMMENDATION", 2, 1, 1, 0, 1_170_000),
                new Row("KY_NIEM_CHUONG_VI_SU_NGHIEP_DAN_VAN", "COMMEMORATIVE_MEDAL", 1, 0, 0, 1, 0));
        assertThat(awards.totals()).isEqualTo(new Row(null, null, 5, 3, 1, 1, 4_680_000));
        // the forwarded proposal counts in the round that decided it; a proposal before rounds in none
        assertThat(awards.byRound()).extracting(r -> r.roundId(), r -> r.counts().proposed(), r -> r.counts().amount(),
                        r -> r.round() == null ? null : r.round().budget(), AwardBreakdown.RoundRow::remaining)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("r1", 3L, 1_170_000L, 50_000_000L, 48_830_000L),
                        org.assertj.core.groups.Tuple.tuple("r2", 1L, 3_510_000L, null, null),
                        org.assertj.core.groups.Tuple.tuple(null, 1L, 0L, null, null));
        assertThat(awards.byRound().get(0).round().closedAt()).isNotNull();
    }

    @Test
    void asOfADayCountsOnlyWhatWasProposedAndDecidedByItsEnd() {
        // 2024-09-10: p1..p4 proposed, p4 withdrawn, p3 forwarded, nothing of them decided yet
        AwardBreakdown awards = fold(scenario()).breakdown(C, LocalDate.of(2024, 9, 10));
        assertThat(awards.totals()).isEqualTo(new Row(null, null, 5, 1, 0, 1, 0));
        assertThat(fold(scenario()).breakdown(C, LocalDate.of(2024, 1, 1)).isEmpty()).isTrue();
    }

    @Test
    void theOrderOfTheEventsAndTheirRedeliveryChangeNothing() {
        AwardBreakdown expected = fold(scenario()).breakdown(C, null);
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            List<IntegrationEvent> shuffled = new ArrayList<>(scenario());
            shuffled.addAll(scenario().subList(0, 5)); // applied twice (new ids: not recognised as duplicates)
            Collections.shuffle(shuffled, random);
            assertThat(fold(shuffled).breakdown(C, null)).isEqualTo(expected);
        }
    }
}
