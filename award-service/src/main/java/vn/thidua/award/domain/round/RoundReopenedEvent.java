package vn.thidua.award.domain.round;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record RoundReopenedEvent(String roundId, String reason, LocalDate proposalDeadline) {
}
