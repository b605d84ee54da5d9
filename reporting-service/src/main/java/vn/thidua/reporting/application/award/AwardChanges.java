package vn.thidua.reporting.application.award;

import vn.thidua.contracts.AwardDecided;
import vn.thidua.contracts.AwardForwarded;
import vn.thidua.contracts.AwardProposalWithdrawn;
import vn.thidua.contracts.AwardProposed;
import vn.thidua.contracts.AwardRoundClosed;
import vn.thidua.contracts.AwardRoundOpened;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.reporting.application.EventChanges;
import vn.thidua.reporting.domain.award.AwardProposal;
import vn.thidua.reporting.domain.award.AwardRound;

import java.time.Instant;
import java.util.Optional;

/** Translates award's published events into partial views of a proposal or a round. */
public final class AwardChanges {

    /** The campaign or model of an award to a nominee without one. */
    private static final String NONE = "none";

    private AwardChanges() {
    }

    /** Empty for an event not about a proposal, or one without its proposal's id. */
    public static Optional<AwardProposal> proposal(IntegrationEvent event, Instant fallbackTime) {
        return translateProposal(event, fallbackTime).filter(p -> p.proposalId() != null);
    }

    /** Empty for an event not about a round, or one without its round's id. */
    public static Optional<AwardRound> round(IntegrationEvent event, Instant fallbackTime) {
        return translateRound(event, fallbackTime).filter(r -> r.roundId() != null);
    }

    private static Optional<AwardProposal> translateProposal(IntegrationEvent event, Instant fallbackTime) {
        if (event instanceof AwardProposed e) {
            return Optional.of(new AwardProposal(e.proposalId(), known(e.campaignId()), known(e.modelId()), e.unitId(),
                    name(e.nomineeKind()), name(e.awardForm()), e.formCode(), e.roundId(),
                    EventChanges.time(e.occurredAt(), fallbackTime), null, null, null, null, null, null, null, null));
        }
        if (event instanceof AwardDecided e) {
            return Optional.of(new AwardProposal(e.proposalId(), known(e.campaignId()), known(e.modelId()), e.unitId(),
                    name(e.nomineeKind()), name(e.awardForm()), e.formCode(), null, null, e.roundId(),
                    name(e.outcome()), e.amount(), e.baseSalary(), EventChanges.time(e.occurredAt(), fallbackTime),
                    null, null, null));
        }
        if (event instanceof AwardProposalWithdrawn e) {
            return Optional.of(new AwardProposal(e.proposalId(), null, known(e.modelId()), e.unitId(), null, null,
                    null, null, null, null, null, null, null, null, EventChanges.time(e.occurredAt(), fallbackTime),
                    null, null));
        }
        if (event instanceof AwardForwarded e) {
            return Optional.of(new AwardProposal(e.proposalId(), null, known(e.modelId()), e.unitId(), null, null,
                    e.formCode(), null, null, null, null, null, null, null, null, e.roundId(),
                    EventChanges.time(e.occurredAt(), fallbackTime)));
        }
        return Optional.empty();
    }

    private static Optional<AwardRound> translateRound(IntegrationEvent event, Instant fallbackTime) {
        if (event instanceof AwardRoundOpened e) {
            return Optional.of(new AwardRound(e.roundId(), e.name(), name(e.kind()), known(e.campaignId()),
                    e.councilUnitId(), e.proposalDeadline(), e.budget(), EventChanges.time(e.occurredAt(), fallbackTime),
                    null));
        }
        if (event instanceof AwardRoundClosed e) {
            return Optional.of(new AwardRound(e.roundId(), null, null, null, e.councilUnitId(), null, null, null,
                    EventChanges.time(e.occurredAt(), fallbackTime)));
        }
        return Optional.empty();
    }

    private static String known(String id) {
        return id == null || NONE.equals(id) ? null : id;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
