package vn.thidua.contracts;

/** Kind of milestone: QUARTERLY_WORK = công việc theo quý; PRELIMINARY_REVIEW = sơ kết (6-month/mid-term review); FINAL_REVIEW = tổng kết; OTHER = khác. */
public enum MilestoneKind { QUARTERLY_WORK, PRELIMINARY_REVIEW, FINAL_REVIEW, OTHER }
