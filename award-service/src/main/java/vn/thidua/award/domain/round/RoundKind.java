package vn.thidua.award.domain.round;

/** Đợt khen thưởng: hằng năm, sơ kết, tổng kết, chuyên đề (e.g. an anniversary). */
public enum RoundKind { ANNUAL, INTERIM_REVIEW, FINAL_REVIEW, THEMATIC }
