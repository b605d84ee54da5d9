package vn.thidua.award.domain.round;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * A council opens a round (mở đợt khen thưởng) for its unit, at its level of authority. A standing round (the
 * campaign's default round) has no deadline and gives every form of the catalogue ({@code formCodes} null).
 */
public record OpenRoundCommand(@TargetAggregateIdentifier String roundId, String name, RoundKind kind,
                               String campaignId, String councilUnitId, String councilLevel, int councilRank,
                               LocalDate proposalDeadline, List<String> formCodes, Long budget, boolean standing) {
}
