package vn.thidua.contracts;

/** Decision on an award proposal (đề nghị khen thưởng). */
public enum AwardOutcome { APPROVED, REJECTED }
