package vn.thidua.platform.upload;

/**
 * What a zip (DOCX, XLSX) may unpack to: all entries together, the unpacked : packed ratio of one entry, and the
 * number of entries. {@link #DEFAULT}: 100 MB, 100:1, 1000 entries.
 */
public record ZipLimits(long maxUnzippedBytes, int maxRatio, int maxEntries) {

    public static final ZipLimits DEFAULT = new ZipLimits(100L * 1024 * 1024, 100, 1000);
}
