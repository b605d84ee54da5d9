package vn.thidua.registration.application.dossier;

import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.registration.domain.dossier.DocumentFormat;
import vn.thidua.registration.domain.dossier.Sizes;

import java.util.List;

/** Why an uploaded file is refused before it reaches the dossier, in both languages, naming the field {@code file}. */
public final class UploadRejections {

    public static final String FIELD = "file";
    public static final String MISSING = "file-missing";
    public static final String EMPTY = "empty-file";
    public static final String TOO_LARGE = "file-too-large";
    public static final String UNSUPPORTED = "unsupported-type";
    public static final String ZIP_BOMB = "zip-bomb";
    public static final String DAMAGED = "damaged-file";

    private UploadRejections() {
    }

    public static RuleViolation missing() {
        return reject(MISSING, "Chưa chọn tệp để tải lên", "No file was chosen for upload",
                "là bắt buộc", "is required");
    }

    public static RuleViolation empty() {
        return reject(EMPTY, "Tệp tải lên rỗng (0 byte)", "The uploaded file is empty (0 bytes)",
                "là tệp rỗng", "is empty");
    }

    public static RuleViolation tooLarge(long maxBytes) {
        String limit = Sizes.megabytes(maxBytes);
        return reject(TOO_LARGE, "Tệp vượt quá dung lượng cho phép " + limit,
                "The file exceeds the limit of " + limit,
                "lớn hơn " + limit, "is larger than " + limit);
    }

    public static RuleViolation unsupported(String detectedType) {
        return reject(UNSUPPORTED,
                "Định dạng tệp không được chấp nhận: nội dung là " + detectedType + "; chỉ nhận " + DocumentFormat.names(),
                "File type not accepted: the content is " + detectedType + "; only " + DocumentFormat.names()
                        + " are accepted",
                "có nội dung kiểu " + detectedType + ", không được chấp nhận",
                "has content of type " + detectedType + ", which is not accepted");
    }

    public static RuleViolation zipBomb(String why, String whyEn) {
        return reject(ZIP_BOMB, "Tệp nén bất thường, có thể là \"bom nén\" (" + why + ")",
                "Abnormal compressed file, possibly a zip bomb (" + whyEn + ")",
                "là tệp nén bất thường (" + why + ")", "is an abnormal compressed file (" + whyEn + ")");
    }

    public static RuleViolation damaged() {
        return reject(DAMAGED, "Tệp bị hỏng hoặc không đọc được", "The file is damaged or unreadable",
                "bị hỏng hoặc không đọc được", "is damaged or unreadable");
    }

    private static RuleViolation reject(String code, String vi, String en, String fieldVi, String fieldEn) {
        return new RuleViolation(code, vi, en, List.of(new FieldIssue(FIELD, fieldVi, fieldEn)));
    }
}
