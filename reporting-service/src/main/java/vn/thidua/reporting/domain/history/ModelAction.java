package vn.thidua.reporting.domain.history;

/** What happened to a model, as its history (lịch sử, nhật ký) tells it; labels in Vietnamese and English. */
public enum ModelAction {
    REGISTERED("Đăng ký mô hình", "Model registered"),
    AMENDED("Sửa đổi nội dung đăng ký", "Registration amended"),
    CONTENT_CONFIRMED("Đơn vị quản lý xác nhận nội dung", "Content confirmed by the managing unit"),
    WITHDRAWN("Rút đăng ký", "Registration withdrawn"),
    DOCUMENT_ATTACHED("Đính kèm tài liệu vào hồ sơ", "Dossier document attached"),
    DOCUMENT_REMOVED("Rút tài liệu khỏi hồ sơ", "Dossier document removed"),
    REVIEW_OPENED("Mở hồ sơ thẩm định", "Review opened"),
    RECOGNIZED("Công nhận mô hình điển hình", "Recognised as a typical model"),
    AWARD_PROPOSED("Đề nghị khen thưởng", "Award proposed"),
    AWARD_APPROVED("Quyết định khen thưởng", "Award approved"),
    AWARD_REJECTED("Không khen thưởng", "Award not approved"),
    /** A type recorded by a newer version and read back by an older one. */
    OTHER("Sự kiện khác", "Other event");

    private final String labelVi;
    private final String labelEn;

    ModelAction(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The stored name read back; {@link #OTHER} for a name this version does not know. */
    public static ModelAction named(String name) {
        for (ModelAction action : values()) {
            if (action.name().equals(name)) return action;
        }
        return OTHER;
    }
}
