package vn.thidua.award.domain.round;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** The council lets its round give more forms of the catalogue (codes already checked against it). */
public record AddRoundFormsCommand(@TargetAggregateIdentifier String roundId, List<String> formCodes) {
}
