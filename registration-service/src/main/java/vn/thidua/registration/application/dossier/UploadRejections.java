package vn.thidua.registration.application.dossier;

import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.registration.domain.dossier.DocumentFormat;
import vn.thidua.registration.domain.dossier.Sizes;

import java.util.List;

/** Why an uploaded file is refused before it reaches the dossier, naming the field {@code file}. */
public final class UploadRejections {

    public static final String FIELD = "file";
    public static final String MISSING = "file-missing";
    public static final String EMPTY = "empty-file";
    public static final String TOO_LARGE = "file-too-large";
    public static final String UNSUPPORTED = "unsupported-type";
    public static final String ZIP_BOMB = "zip-bomb";
    public static final String DAMAGED = "damaged-file";

    /** Why a zip is taken for a bomb, the first argument of its texts. */
    public enum ZipBombReason { ENTRIES, ENTRIES_WALKED, UNZIPPED_SIZE, RATIO }

    private UploadRejections() {
    }

    public static InvalidInput missing() {
        return reject(MISSING, FieldIssue.of(FIELD, "NotNull"));
    }

    public static InvalidInput empty() {
        return reject(EMPTY, FieldIssue.of(FIELD, "upload-empty"));
    }

    public static InvalidInput tooLarge(long maxBytes) {
        String limit = Sizes.megabytes(maxBytes);
        return reject(TOO_LARGE, FieldIssue.of(FIELD, "upload-too-large", limit), limit);
    }

    public static InvalidInput unsupported(String detectedType) {
        return reject(UNSUPPORTED, FieldIssue.of(FIELD, "upload-unsupported", detectedType), detectedType,
                DocumentFormat.names());
    }

    /** @param found what was counted (entries; unused for size and ratio); @param limit the limit passed */
    public static InvalidInput zipBomb(ZipBombReason reason, String found, String limit) {
        Object[] arguments = {reason.ordinal(), found, limit};
        return reject(ZIP_BOMB, FieldIssue.of(FIELD, "upload-zip-bomb", arguments), arguments);
    }

    public static InvalidInput damaged() {
        return reject(DAMAGED, FieldIssue.of(FIELD, "upload-damaged"));
    }

    private static InvalidInput reject(String code, FieldIssue issue, Object... arguments) {
        return new InvalidInput(code, List.of(issue), arguments);
    }
}
