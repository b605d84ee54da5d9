package vn.thidua.reporting.domain.deadline;

/**
 * What falls due (nhắc hạn): a campaign's registration window closing (hạn đăng ký và nộp hồ sơ), a campaign's
 * milestone (sơ kết, tổng kết, công việc theo quý), a supplement asked by the review (hạn bổ sung) and an award
 * round's proposal deadline (hạn đề nghị khen thưởng).
 */
public enum DeadlineKind {
    REGISTRATION_WINDOW, MILESTONE, SUPPLEMENT, AWARD_ROUND;

    /** Whether an item of this kind stays overdue until an event clears it (else it drops out after a while). */
    public boolean overdueUntilCleared() {
        return this == SUPPLEMENT || this == AWARD_ROUND;
    }
}
