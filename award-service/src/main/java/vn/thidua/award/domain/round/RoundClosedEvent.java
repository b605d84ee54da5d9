package vn.thidua.award.domain.round;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record RoundClosedEvent(String roundId, String councilUnitId, LocalDate closedOn) {
}
