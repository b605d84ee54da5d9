package vn.thidua.reporting.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A review's verdict on how a model operates (đánh giá hiệu quả hoạt động), at the time it was recorded:
 * {@code EFFECTIVE}, {@code WEAKENED} or {@code STOPPED}. Seed 004 counts only models that operate effectively.
 */
public record Verdict(Instant at, String verdict) {

    public static final String EFFECTIVE = "EFFECTIVE";

    public Verdict {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(verdict, "verdict");
    }

    public boolean effective() {
        return EFFECTIVE.equals(verdict);
    }
}
