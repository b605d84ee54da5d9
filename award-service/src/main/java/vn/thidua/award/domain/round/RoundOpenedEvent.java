package vn.thidua.award.domain.round;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record RoundOpenedEvent(String roundId, String name, RoundKind kind, String campaignId, String councilUnitId,
                               String councilLevel, int councilRank, LocalDate proposalDeadline,
                               List<String> formCodes, Long budget, boolean standing) {
}
