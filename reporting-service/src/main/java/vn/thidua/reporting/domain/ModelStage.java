package vn.thidua.reporting.domain;

/** A step of a model's way through the movement that coverage counts. */
public enum ModelStage {
    /** Đăng ký mô hình: the unit registered the model (ModelRegistered). */
    REGISTERED,
    /** A review case was opened for it (ReviewOpened); shown, not counted. */
    REVIEW_OPENED,
    /** Công nhận điển hình: recognised as typical (ModelRecognized). */
    RECOGNIZED,
    /** Đề nghị khen thưởng: proposed for an award (AwardProposed). */
    PROPOSED_FOR_AWARD,
    /** Khen thưởng: an award decided with outcome APPROVED (AwardDecided). A rejection reaches nothing. */
    AWARDED
}
