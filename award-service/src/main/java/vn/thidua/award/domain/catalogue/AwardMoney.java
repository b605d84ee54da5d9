package vn.thidua.award.domain.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Tiền thưởng: coefficient × the base salary in force at the decision date, rounded up to the next 10,000 VND
 * (Decree 98/2023/NĐ-CP art. 53).
 */
public record AwardMoney(BigDecimal coefficient, long baseSalary, long amount) {

    private static final BigDecimal STEP = BigDecimal.valueOf(10_000);

    public static AwardMoney of(BigDecimal coefficient, long baseSalary) {
        BigDecimal exact = coefficient.multiply(BigDecimal.valueOf(baseSalary));
        long amount = exact.divide(STEP, 0, RoundingMode.CEILING).multiply(STEP).longValueExact();
        return new AwardMoney(coefficient, baseSalary, amount);
    }
}
