package vn.thidua.award.domain.round;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The round gives these forms too, after those it gave (internal). */
@Revision("1")
public record RoundFormsAddedEvent(String roundId, List<String> formCodes) {
}
