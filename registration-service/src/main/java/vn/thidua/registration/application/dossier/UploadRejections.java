package vn.thidua.registration.application.dossier;

import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.upload.UploadRefusals;
import vn.thidua.platform.upload.UploadRefusals.Reason;

/** Why an uploaded file is refused before it reaches the dossier: the platform's upload refusals, field {@code file}. */
public final class UploadRejections {

    public static final UploadRefusals REFUSALS = UploadRefusals.FILE;
    public static final String FIELD = REFUSALS.field();
    public static final String MISSING = Reason.MISSING.code();
    public static final String EMPTY = Reason.EMPTY.code();
    public static final String TOO_LARGE = Reason.TOO_LARGE.code();
    public static final String UNSUPPORTED = Reason.UNSUPPORTED.code();
    public static final String ZIP_BOMB = Reason.ZIP_BOMB.code();
    public static final String DAMAGED = Reason.DAMAGED.code();

    private UploadRejections() {
    }

    public static InvalidInput missing() {
        return REFUSALS.missing();
    }

    public static InvalidInput tooLarge(long maxBytes) {
        return REFUSALS.tooLarge(maxBytes);
    }
}
