package vn.thidua.review.domain;

/**
 * Where a review case stands: waiting for the board to route it (chờ định tuyến), open with its authority,
 * recognised, declined, recognised and then revoked, or closed without a decision (the model was withdrawn).
 */
public enum CaseStatus { NEEDS_ROUTING, OPEN, RECOGNIZED, DECLINED, REVOKED, CLOSED }
