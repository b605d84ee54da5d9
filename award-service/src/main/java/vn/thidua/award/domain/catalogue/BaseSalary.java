package vn.thidua.award.domain.catalogue;

import java.time.LocalDate;

/** The base salary (mức lương cơ sở) in VND from {@code effectiveFrom}; {@code source} names the decree. */
public record BaseSalary(LocalDate effectiveFrom, long amount, String source) {
}
