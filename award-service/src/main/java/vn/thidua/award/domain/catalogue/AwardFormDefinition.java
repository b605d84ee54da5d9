package vn.thidua.award.domain.catalogue;

import vn.thidua.contracts.AwardForm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One form of the award catalogue (danh mục hình thức khen thưởng): its code, names, its kind as published
 * ({@link AwardForm}), the issuing authority and its level, who it is for, and its dated money coefficients.
 */
public record AwardFormDefinition(String code, String name, String nameEn, AwardForm kind, String authority,
                                  String level, Set<RecipientKind> recipients, List<Coefficients> coefficients) {

    public AwardFormDefinition {
        recipients = recipients == null ? Set.of() : Set.copyOf(recipients);
        coefficients = coefficients == null ? List.of()
                : coefficients.stream().sorted(Comparator.comparing(Coefficients::effectiveFrom)).toList();
    }

    public boolean isFor(RecipientKind recipient) {
        return recipients.contains(recipient);
    }

    /** The coefficients in force on {@code day}: the latest entry from that day or before. */
    public Optional<Coefficients> coefficientsOn(LocalDate day) {
        return coefficients.stream().filter(c -> !c.effectiveFrom().isAfter(day)).reduce((a, b) -> b);
    }

    /** The coefficient for {@code recipient} in force on {@code day}; empty when the form carries no money then. */
    public Optional<BigDecimal> coefficient(RecipientKind recipient, LocalDate day) {
        return coefficientsOn(day).map(c -> c.byRecipient().get(recipient));
    }
}
