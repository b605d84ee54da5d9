package vn.thidua.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A model's effectiveness at a campaign milestone (đánh giá hoạt động hiệu quả at sơ kết / tổng kết): milestone
 * {@code SIX_MONTH} or {@code YEAR_END} of a year, verdict {@code EFFECTIVE}, {@code WEAKENED} or {@code STOPPED},
 * with evidence. A later check of the same milestone and year replaces the earlier one.
 */
public record ModelEffectivenessAssessed(String reviewCaseId, String modelId, String campaignId, String unitId,
                                         String assessedByUnitId, String milestone, int year, String verdict,
                                         String evidence, LocalDate assessedOn, Actor actor, Instant occurredAt)
        implements IntegrationEvent {
    @Override
    public String subject() {
        return reviewCaseId;
    }
}
