package vn.thidua.registration.domain.dossier;

import java.util.Locale;

/** Byte counts as people read them in messages. */
public final class Sizes {

    private Sizes() {
    }

    /** e.g. "20 MB", "1.5 MB", "0.3 MB" (1 MB = 1 048 576 bytes, as upload limits are configured). */
    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        if (mb == Math.rint(mb)) return String.format(Locale.ROOT, "%d MB", (long) mb);
        return String.format(Locale.ROOT, "%.1f MB", mb);
    }

    /** A short human size: bytes, KB or MB. */
    public static String human(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
