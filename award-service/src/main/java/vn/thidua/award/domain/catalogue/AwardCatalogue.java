package vn.thidua.award.domain.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The award catalogue as data: the levels of authority, the forms and the dated base-salary table. Loaded from a
 * resource file at the first start, then owned by the service; administrators change it through the API.
 */
public record AwardCatalogue(List<AuthorityLevel> levels, List<AwardFormDefinition> forms,
                             List<BaseSalary> baseSalaries) {

    public AwardCatalogue {
        levels = levels == null ? List.of() : List.copyOf(levels);
        forms = forms == null ? List.of() : List.copyOf(forms);
        baseSalaries = baseSalaries == null ? List.of()
                : baseSalaries.stream().sorted(Comparator.comparing(BaseSalary::effectiveFrom)).toList();
    }

    public Optional<AwardFormDefinition> form(String code) {
        return forms.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public Optional<AuthorityLevel> level(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** The level whose unit kinds name {@code unitKind}, if any. */
    public Optional<AuthorityLevel> levelOfUnitKind(String unitKind) {
        return levels.stream().filter(l -> l.unitKinds().contains(unitKind)).findFirst();
    }

    /** The base salary in force on {@code day}: the latest entry from that day or before. */
    public Optional<BaseSalary> baseSalaryOn(LocalDate day) {
        return baseSalaries.stream().filter(s -> !s.effectiveFrom().isAfter(day)).reduce((a, b) -> b);
    }

    /**
     * The award money of {@code form} for {@code recipient} decided on {@code decidedOn}; empty when the form
     * carries no coefficient for that recipient then, or no base salary was in force.
     */
    public Optional<AwardMoney> money(AwardFormDefinition form, RecipientKind recipient, LocalDate decidedOn) {
        return form.coefficient(recipient, decidedOn).flatMap(coefficient -> baseSalaryOn(decidedOn)
                .map(salary -> AwardMoney.of(coefficient, salary.amount())));
    }

    /** This catalogue with {@code form} added, or replacing the form of the same code. */
    public AwardCatalogue withForm(AwardFormDefinition form) {
        List<AwardFormDefinition> changed = new ArrayList<>(forms.stream().filter(f -> !f.code().equals(form.code())).toList());
        changed.add(form);
        return new AwardCatalogue(levels, changed, baseSalaries);
    }

    /** This catalogue with {@code salary} added, or replacing the entry of the same date. */
    public AwardCatalogue withBaseSalary(BaseSalary salary) {
        List<BaseSalary> changed = new ArrayList<>(baseSalaries.stream()
                .filter(s -> !s.effectiveFrom().equals(salary.effectiveFrom())).toList());
        changed.add(salary);
        return new AwardCatalogue(levels, forms, changed);
    }
}
