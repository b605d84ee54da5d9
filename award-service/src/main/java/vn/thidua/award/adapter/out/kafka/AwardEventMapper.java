package vn.thidua.award.adapter.out.kafka;

import org.springframework.stereotype.Component;
import vn.thidua.award.domain.AwardDecidedEvent;
import vn.thidua.award.domain.AwardProposedEvent;
import vn.thidua.award.domain.catalogue.RecipientKind;
import vn.thidua.award.domain.round.AwardForwardedEvent;
import vn.thidua.award.domain.round.ProposalWithdrawnEvent;
import vn.thidua.award.domain.round.RoundClosedEvent;
import vn.thidua.award.domain.round.RoundOpenedEvent;
import vn.thidua.contracts.AwardDecided;
import vn.thidua.contracts.AwardForwarded;
import vn.thidua.contracts.AwardProposalWithdrawn;
import vn.thidua.contracts.AwardProposed;
import vn.thidua.contracts.AwardRoundClosed;
import vn.thidua.contracts.AwardRoundKind;
import vn.thidua.contracts.AwardRoundOpened;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.NomineeKind;
import vn.thidua.contracts.ProposalWithdrawalCause;
import vn.thidua.platform.relay.IntegrationEventMapper;
import vn.thidua.platform.relay.RelayedEventContext;

import java.util.List;
import java.util.Optional;

/**
 * Rounds, proposals, forwardings, withdrawals and decisions are published; dossiers and reopenings stay internal.
 * A proposal without a model or campaign is published with {@code "none"} there, as v1 requires a value.
 */
@Component
public class AwardEventMapper implements IntegrationEventMapper {

    static final String NONE = "none";

    @Override
    public Optional<IntegrationEvent> map(Object event, RelayedEventContext context) {
        if (event instanceof AwardProposedEvent e) {
            return Optional.of(new AwardProposed(e.proposalId(), orNone(e.modelId()), orNone(e.campaignId()),
                    e.unitId(), e.awardForm(), e.reason(), context.actor(), context.occurredAt(),
                    nomineeKind(e.recipientKind()), e.nomineeName(), e.roundId(), e.formCode()));
        }
        if (event instanceof AwardDecidedEvent e) {
            return Optional.of(new AwardDecided(e.proposalId(), orNone(e.modelId()), orNone(e.campaignId()),
                    e.unitId(), e.awardForm(), e.outcome(), e.decisionNumber(), context.actor(), context.occurredAt(),
                    nomineeKind(e.recipientKind()), e.nomineeName(), e.roundId(), e.formCode(), e.reason(),
                    e.decisionDate(), e.signer(), e.amount(), e.baseSalary()));
        }
        if (event instanceof RoundOpenedEvent e) {
            return Optional.of(new AwardRoundOpened(e.roundId(), e.name(), AwardRoundKind.valueOf(e.kind().name()),
                    e.campaignId(), e.councilUnitId(), e.proposalDeadline(),
                    e.formCodes() == null ? List.of() : e.formCodes(), e.budget(), context.actor(),
                    context.occurredAt()));
        }
        if (event instanceof RoundClosedEvent e) {
            return Optional.of(new AwardRoundClosed(e.roundId(), e.councilUnitId(), context.actor(),
                    context.occurredAt()));
        }
        if (event instanceof AwardForwardedEvent e) {
            return Optional.of(new AwardForwarded(e.proposalId(), e.roundId(), e.modelId(), e.unitId(), e.formCode(),
                    e.fromUnitId(), e.toUnitId(), context.actor(), context.occurredAt()));
        }
        if (event instanceof ProposalWithdrawnEvent e) {
            return Optional.of(new AwardProposalWithdrawn(e.proposalId(), e.roundId(), e.modelId(), e.unitId(),
                    e.reason(), ProposalWithdrawalCause.valueOf(e.cause().name()), context.actor(),
                    context.occurredAt()));
        }
        return Optional.empty();
    }

    private static String orNone(String id) {
        return id == null ? NONE : id;
    }

    private static NomineeKind nomineeKind(RecipientKind kind) {
        return kind == null ? null : NomineeKind.valueOf(kind.name());
    }
}
