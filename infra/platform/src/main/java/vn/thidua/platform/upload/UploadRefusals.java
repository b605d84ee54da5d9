package vn.thidua.platform.upload;

import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;

import java.util.List;
import java.util.Locale;

/**
 * Why an uploaded file is refused, naming the form's field. {@link #FILE}: field {@code file}, the platform's
 * codes and texts ({@code thidua/platform-rules}); {@link #named}: a service's own field and codes
 * ({@code <prefix>missing}, {@code <prefix>too-large}, …; field texts under the same codes).
 */
public record UploadRefusals(String field, String prefix) {

    /** The platform's codes: file-missing, empty-file, file-too-large, unsupported-type, zip-bomb, damaged-file. */
    public static final UploadRefusals FILE = new UploadRefusals("file", null);

    /** Why a zip is taken for a bomb, the first argument of its texts. */
    public enum ZipBombReason { ENTRIES, ENTRIES_WALKED, UNZIPPED_SIZE, RATIO }

    /** A refusal; a service's own code is its prefix and the name in lower case ({@code report-too-large}). */
    public enum Reason {
        MISSING, EMPTY, TOO_LARGE, UNSUPPORTED, ZIP_BOMB, DAMAGED;

        /** The platform's code. */
        public String code() {
            return switch (this) {
                case MISSING -> "file-missing";
                case EMPTY -> "empty-file";
                case TOO_LARGE -> "file-too-large";
                case UNSUPPORTED -> "unsupported-type";
                case ZIP_BOMB -> "zip-bomb";
                case DAMAGED -> "damaged-file";
            };
        }

        String suffix() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The platform's field text: {@code field.NotNull}, {@code field.upload-empty}, … */
        String fieldCode() {
            return this == MISSING ? "NotNull" : "upload-" + suffix();
        }
    }

    /** A service's own codes, e.g. {@code named("report", "report-")}: report-missing, report-too-large, … */
    public static UploadRefusals named(String field, String prefix) {
        return new UploadRefusals(field, prefix);
    }

    public String code(Reason reason) {
        return prefix == null ? reason.code() : prefix + reason.suffix();
    }

    public InvalidInput missing() {
        return reject(Reason.MISSING);
    }

    public InvalidInput empty() {
        return reject(Reason.EMPTY);
    }

    public InvalidInput tooLarge(long maxBytes) {
        return reject(Reason.TOO_LARGE, megabytes(maxBytes));
    }

    /** @param detected what the content is; @param accepted the names of the accepted formats */
    public InvalidInput unsupported(String detected, String accepted) {
        return reject(Reason.UNSUPPORTED, detected, accepted);
    }

    /** @param found what was counted (entries; unused for size and ratio); @param limit the limit passed */
    public InvalidInput zipBomb(ZipBombReason reason, String found, String limit) {
        return reject(Reason.ZIP_BOMB, reason.ordinal(), found, limit);
    }

    public InvalidInput damaged() {
        return reject(Reason.DAMAGED);
    }

    /** e.g. "20 MB", "1.5 MB", "0.3 MB" (1 MB = 1 048 576 bytes, as upload limits are configured). */
    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        if (mb == Math.rint(mb)) return String.format(Locale.ROOT, "%d MB", (long) mb);
        return String.format(Locale.ROOT, "%.1f MB", mb);
    }

    private InvalidInput reject(Reason reason, Object... arguments) {
        String code = code(reason);
        String fieldCode = prefix == null ? reason.fieldCode() : code;
        return new InvalidInput(code, List.of(FieldIssue.of(field, fieldCode, arguments)), arguments);
    }
}
