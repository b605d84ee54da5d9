package vn.thidua.award.domain.round;

import vn.thidua.award.domain.catalogue.AwardMoney;
import vn.thidua.award.domain.catalogue.RecipientKind;

import java.time.LocalDate;
import java.util.Optional;

/** The award money of a catalogue form for a recipient on a decision date (the application answers from the catalogue). */
public interface AwardMoneyTable {

    Optional<AwardMoney> money(String formCode, RecipientKind recipient, LocalDate decidedOn);
}
