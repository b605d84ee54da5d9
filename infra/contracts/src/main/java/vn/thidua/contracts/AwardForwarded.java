package vn.thidua.contracts;

import java.time.Instant;

/**
 * The proposed form is above the round's council: the proposal went to the council of {@code toCouncilUnitId}
 * (trình cấp trên), null when the issuing authority is outside the organisation tree. {@code modelId} may be null.
 */
public record AwardForwarded(String proposalId, String roundId, String modelId, String unitId, String formCode,
                             String fromCouncilUnitId, String toCouncilUnitId, Actor actor, Instant occurredAt)
        implements IntegrationEvent {
    @Override
    public String subject() {
        return proposalId;
    }
}
