package vn.thidua.award.domain.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The money coefficients (hệ số tiền thưởng, times the base salary) of one form per recipient kind, in force from
 * {@code effectiveFrom} until the next entry of the form; {@code source} names the legal text they come from.
 */
public record Coefficients(LocalDate effectiveFrom, Map<RecipientKind, BigDecimal> byRecipient, String source) {

    public Coefficients {
        byRecipient = byRecipient == null ? Map.of() : Map.copyOf(byRecipient);
    }
}
