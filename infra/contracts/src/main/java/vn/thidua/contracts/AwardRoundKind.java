package vn.thidua.contracts;

/** Kind of award round (đợt khen thưởng): hằng năm, sơ kết, tổng kết, chuyên đề. */
public enum AwardRoundKind { ANNUAL, INTERIM_REVIEW, FINAL_REVIEW, THEMATIC }
