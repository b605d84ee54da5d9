package vn.thidua.award.domain.round;

/** Why a proposal left its round undecided: its proposer withdrew it, or its model was withdrawn or revoked. */
public enum WithdrawalCause { PROPOSER, MODEL_WITHDRAWN, RECOGNITION_REVOKED }
