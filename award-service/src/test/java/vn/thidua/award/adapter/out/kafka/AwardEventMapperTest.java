package vn.thidua.award.adapter.out.kafka;

import org.junit.jupiter.api.Test;
import vn.thidua.award.domain.AwardDecidedEvent;
import vn.thidua.award.domain.AwardDossierOpenedEvent;
import vn.thidua.award.domain.AwardProposedEvent;
import vn.thidua.award.domain.round.AwardForwardedEvent;
import vn.thidua.award.domain.round.ProposalWithdrawnEvent;
import vn.thidua.award.domain.round.RoundClosedEvent;
import vn.thidua.award.domain.round.RoundKind;
import vn.thidua.award.domain.round.RoundOpenedEvent;
import vn.thidua.award.domain.round.RoundReopenedEvent;
import vn.thidua.award.domain.round.WithdrawalCause;
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
import vn.thidua.contracts.NomineeKind;
import vn.thidua.contracts.ProposalWithdrawalCause;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.relay.RelayedEventContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.award.domain.catalogue.RecipientKind.INDIVIDUAL;

/** What the award service publishes of its events, and how it fills what v1 requires. */
class AwardEventMapperTest {

    private static final Instant AT = Instant.parse("2024-12-10T03:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2024, 12, 10);
    private static final Actor ACTOR = new Actor("hoidong.vinhlinh", "D464");

    private final AwardEventMapper mapper = new AwardEventMapper();
    private final RelayedEventContext context = new RelayedEventContext("event-1", "r-1", AT,
            new Caller("hoidong.vinhlinh", "D464", List.of("COUNCIL_MEMBER"), "corr-1"));

    @Test
    void aPersonsProposalIsPublishedWithNoneForModelAndCampaign() {
        var published = mapper.map(new AwardProposedEvent(null, "p-1", null, "W19363",
                AwardForm.CERTIFICATE_OF_COMMENDATION, "Hiến đất", "r-1", INDIVIDUAL, "Nguyễn Thị Hoa", "Hội viên",
                "GIAY_KHEN", "BC-1", "D464", DAY), context);
        assertThat(published).contains(new AwardProposed("p-1", "none", "none", "W19363",
                AwardForm.CERTIFICATE_OF_COMMENDATION, "Hiến đất", ACTOR, AT, NomineeKind.INDIVIDUAL, "Nguyễn Thị Hoa",
                "r-1", "GIAY_KHEN"));
    }

    @Test
    void aDecisionCarriesTheAmountAndTheBaseSalaryUsed() {
        var published = mapper.map(new AwardDecidedEvent("m-1", "p-1", "dvk-2024", "W19363",
                AwardForm.CERTIFICATE_OF_COMMENDATION, AwardOutcome.APPROVED, "125/QĐ-UBND", "r-1", INDIVIDUAL, null,
                "GIAY_KHEN", null, DAY, "Chủ tịch", new BigDecimal("0.3"), 2_340_000L, 710_000L), context);
        assertThat(published).contains(new AwardDecided("p-1", "m-1", "dvk-2024", "W19363",
                AwardForm.CERTIFICATE_OF_COMMENDATION, AwardOutcome.APPROVED, "125/QĐ-UBND", ACTOR, AT,
                NomineeKind.INDIVIDUAL, null, "r-1", "GIAY_KHEN", null, DAY, "Chủ tịch", 710_000L, 2_340_000L));
    }

    @Test
    void roundsForwardingsAndWithdrawalsArePublished() {
        assertThat(mapper.map(new RoundOpenedEvent("r-1", "Dân vận khéo 2024", RoundKind.THEMATIC, null, "D464",
                "DISTRICT", 3, DAY, List.of("GIAY_KHEN"), null, false), context))
                .contains(new AwardRoundOpened("r-1", "Dân vận khéo 2024", AwardRoundKind.THEMATIC, null, "D464", DAY,
                        List.of("GIAY_KHEN"), null, ACTOR, AT));
        assertThat(mapper.map(new RoundClosedEvent("r-1", "D464", DAY), context))
                .contains(new AwardRoundClosed("r-1", "D464", ACTOR, AT));
        assertThat(mapper.map(new AwardForwardedEvent("r-1", "p-1", "m-1", "W19363", "BK", "D464", "45"), context))
                .contains(new AwardForwarded("p-1", "r-1", "m-1", "W19363", "BK", "D464", "45", ACTOR, AT));
        var withdrawn = mapper.map(new ProposalWithdrawnEvent("r-1", "p-1", "m-1", "W19363", "Rút đăng ký",
                WithdrawalCause.MODEL_WITHDRAWN), context);
        assertThat(withdrawn).contains(new AwardProposalWithdrawn("p-1", "r-1", "m-1", "W19363", "Rút đăng ký",
                ProposalWithdrawalCause.MODEL_WITHDRAWN, ACTOR, AT));
        assertThat(withdrawn.get().subject()).isEqualTo("p-1");
    }

    @Test
    void dossiersAndReopeningsStayInternal() {
        assertThat(mapper.map(new AwardDossierOpenedEvent("m-1", "c", "W19363", "case-1"), context)).isEmpty();
        assertThat(mapper.map(new RoundReopenedEvent("r-1", "Bổ sung", DAY), context)).isEmpty();
    }
}
