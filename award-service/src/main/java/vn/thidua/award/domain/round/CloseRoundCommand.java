package vn.thidua.award.domain.round;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The council closes the round for proposals (kết thúc nhận hồ sơ đề nghị). */
public record CloseRoundCommand(@TargetAggregateIdentifier String roundId, LocalDate on) {
}
