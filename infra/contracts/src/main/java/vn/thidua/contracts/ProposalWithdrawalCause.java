package vn.thidua.contracts;

/** Why a proposal left its round undecided: its proposer withdrew it, or its model was withdrawn or revoked. */
public enum ProposalWithdrawalCause { PROPOSER, MODEL_WITHDRAWN, RECOGNITION_REVOKED }
