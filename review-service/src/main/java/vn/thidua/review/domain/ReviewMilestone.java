package vn.thidua.review.domain;

/** The campaign's review milestones at which every model in scope is checked: six-month (sơ kết) and year-end (tổng kết). */
public enum ReviewMilestone { SIX_MONTH, YEAR_END }
