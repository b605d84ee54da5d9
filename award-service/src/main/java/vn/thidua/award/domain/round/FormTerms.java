package vn.thidua.award.domain.round;

import vn.thidua.award.domain.catalogue.RecipientKind;
import vn.thidua.contracts.AwardForm;

import java.util.Set;

/** What a round needs to know of a catalogue form when a proposal names it: its kind, level and recipients. */
public record FormTerms(String code, AwardForm kind, String level, int levelRank, Set<RecipientKind> recipients) {

    public FormTerms {
        recipients = recipients == null ? Set.of() : Set.copyOf(recipients);
    }
}
