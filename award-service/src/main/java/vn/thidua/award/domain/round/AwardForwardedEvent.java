package vn.thidua.award.domain.round;

import org.axonframework.serialization.Revision;

/** The form is above the round's council: the proposal goes to {@code toUnitId}'s council (null: outside the tree). */
@Revision("1")
public record AwardForwardedEvent(String roundId, String proposalId, String modelId, String unitId, String formCode,
                                  String fromUnitId, String toUnitId) {
}
