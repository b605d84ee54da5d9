package vn.thidua.award.domain.round;

import org.axonframework.serialization.Revision;

/** Closed for proposals and nothing pending any more: the round is decided. */
@Revision("1")
public record RoundDecidedEvent(String roundId) {
}
