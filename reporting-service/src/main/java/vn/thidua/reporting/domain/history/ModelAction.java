package vn.thidua.reporting.domain.history;

/**
 * What happened to a model, as its history (lịch sử, nhật ký) tells it. Its texts live in the message bundles
 * ({@code history.action.<NAME>}).
 */
public enum ModelAction {
    REGISTERED,
    AMENDED,
    CONTENT_CONFIRMED,
    WITHDRAWN,
    DOCUMENT_ATTACHED,
    DOCUMENT_REMOVED,
    REVIEW_OPENED,
    RECOGNIZED,
    ROUTED_BY_HAND,
    SURVEYED,
    CRITERIA_ASSESSED,
    SUPPLEMENT_REQUESTED,
    SUPPLEMENT_RECEIVED,
    REVIEW_MEETING_HELD,
    RECOGNITION_DECLINED,
    RECOGNITION_REVOKED,
    /** An effectiveness check at a campaign milestone (sơ kết, tổng kết): the verdict and its evidence. */
    EFFECTIVENESS_ASSESSED,
    REVIEW_CLOSED,
    AWARD_PROPOSED,
    AWARD_APPROVED,
    AWARD_REJECTED,
    /** The award's form is above the round's council: the proposal went to the higher council. */
    AWARD_FORWARDED,
    /** The award proposal was withdrawn (by its proposer, or with its model). */
    AWARD_WITHDRAWN,
    /** A type recorded by a newer version and read back by an older one. */
    OTHER;

    /** The stored name read back; {@link #OTHER} for a name this version does not know. */
    public static ModelAction named(String name) {
        for (ModelAction action : values()) {
            if (action.name().equals(name)) return action;
        }
        return OTHER;
    }
}
