package vn.thidua.platform.upload;

import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.upload.UploadRefusals.ZipBombReason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Walks a zip (DOCX, XLSX) before anything else opens it, inflating every entry once into one reused 64 KiB
 * buffer and counting the bytes actually produced (declared sizes can lie). Refuses too many entries, too many
 * unpacked bytes, or an entry over {@value #GRACE_BYTES} bytes that grows more than the ratio limit times its
 * packed size (Apache POI's ZipSecureFile rule).
 */
public final class ZipBombGuard {

    /** Entries smaller than this are never judged by ratio: tiny XML parts compress very well. */
    static final long GRACE_BYTES = 100 * 1024;

    private final ZipLimits limits;
    private final UploadRefusals refusals;

    public ZipBombGuard(ZipLimits limits, UploadRefusals refusals) {
        this.limits = limits;
        this.refusals = refusals;
    }

    /** Whether the file starts like a zip archive (local file header, or an empty archive). */
    public static boolean looksLikeZip(byte[] head, int length) {
        return length >= 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6) || (head[2] == 7 && head[3] == 8));
    }

    /** @throws RuleViolation zip bomb or damaged archive */
    public void inspect(Path zipFile) {
        int maxEntries = limits.maxEntries();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            if (zip.size() > maxEntries) {
                throw refusals.zipBomb(ZipBombReason.ENTRIES, String.valueOf(zip.size()), String.valueOf(maxEntries));
            }
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int entries = 0;
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > maxEntries) {
                    throw refusals.zipBomb(ZipBombReason.ENTRIES_WALKED, String.valueOf(entries),
                            String.valueOf(maxEntries));
                }
                if (entry.isDirectory()) continue;
                long packed = Math.max(entry.getCompressedSize(), 1);
                long unpacked = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        unpacked += n;
                        total += n;
                        if (total > limits.maxUnzippedBytes()) {
                            throw refusals.zipBomb(ZipBombReason.UNZIPPED_SIZE, UploadRefusals.megabytes(total),
                                    UploadRefusals.megabytes(limits.maxUnzippedBytes()));
                        }
                        if (unpacked > GRACE_BYTES && unpacked > packed * limits.maxRatio()) {
                            throw refusals.zipBomb(ZipBombReason.RATIO, String.valueOf(unpacked / packed),
                                    String.valueOf(limits.maxRatio()));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation rule) throw rule;
            throw refusals.damaged();
        }
    }
}
