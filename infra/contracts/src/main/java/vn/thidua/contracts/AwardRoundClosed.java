package vn.thidua.contracts;

import java.time.Instant;

/** The round was closed for proposals (kết thúc nhận đề nghị). */
public record AwardRoundClosed(String roundId, String councilUnitId, Actor actor, Instant occurredAt)
        implements IntegrationEvent {
    @Override
    public String subject() {
        return roundId;
    }
}
