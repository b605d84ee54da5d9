package vn.thidua.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A council opened an award round (mở đợt khen thưởng). {@code campaignId}, {@code proposalDeadline} and
 * {@code budget} (VND) may be null; {@code formCodes} is empty for a campaign's standing round (every form).
 */
public record AwardRoundOpened(String roundId, String name, AwardRoundKind kind, String campaignId,
                               String councilUnitId, LocalDate proposalDeadline, List<String> formCodes, Long budget,
                               Actor actor, Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
        return roundId;
    }
}
