package vn.thidua.registration.domain.dossier;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes an uploaded name safe to store, show and send back in a {@code Content-Disposition}, keeping what people
 * recognise (Vietnamese letters in NFC, digits, spaces, punctuation): paths, leading dots, control and invisible
 * characters go; reserved characters become {@code _}; the name ends with the detected format's extension and
 * has at most {@value #MAX_BASE_BYTES} UTF-8 bytes before it. The README lists the rules.
 */
public final class FileNames {

    /** Room for the extension within the 255 bytes most file systems allow. */
    public static final int MAX_BASE_BYTES = 200;
    /** The name used when nothing usable is left (tài liệu: document). */
    public static final String FALLBACK = "tai-lieu";

    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{M}\\p{N} ._\\-(),+&!'~\\[\\]]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}\\p{Cn}\\p{Zl}\\p{Zp}]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern UNDERSCORES = Pattern.compile("_{2,}");
    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private FileNames() {
    }

    /** A safe name for a file whose content is of {@code format}, from the name it was uploaded under (may be null). */
    public static String sanitise(String uploadedName, DocumentFormat format) {
        String name = uploadedName == null ? "" : Normalizer.normalize(uploadedName, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = SPACES.matcher(name).replaceAll(" ");
        // dropping an invisible character can bring a letter and a mark together (a + U+200B + U+0301): compose again
        name = Normalizer.normalize(INVISIBLE.matcher(name).replaceAll(""), Normalizer.Form.NFC);
        name = SPACES.matcher(name).replaceAll(" "); // and spaces that were apart come together
        name = UNSAFE.matcher(name).replaceAll("_");
        name = UNDERSCORES.matcher(name).replaceAll("_");
        name = trimDotsAndSpaces(name);

        int dot = name.lastIndexOf('.');
        if (dot >= 0 && format.isAlias(name.substring(dot + 1))) {
            name = trimDotsAndSpaces(name.substring(0, dot));
        }
        name = trimDotsAndSpaces(truncate(name, MAX_BASE_BYTES));
        if (name.isEmpty() || name.chars().allMatch(c -> c == '_')) name = FALLBACK;
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (WINDOWS_DEVICES.contains(stem.strip().toUpperCase(Locale.ROOT))) name = "_" + name;
        return name + "." + format.extension();
    }

    /**
     * A plain-ASCII rendering for old clients ({@code filename=} beside {@code filename*=} in a
     * Content-Disposition): diacritics dropped, đ → d, anything else non-ASCII or quote-like → {@code _}.
     */
    public static String asciiFallback(String safeName) {
        String decomposed = Normalizer.normalize(safeName == null ? "" : safeName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' && c != ';' ? c : '_');
        }
        String ascii = UNDERSCORES.matcher(out).replaceAll("_");
        return ascii.isBlank() ? FALLBACK : ascii;
    }

    private static String trimDotsAndSpaces(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || name.charAt(start) == ' ')) start++;
        while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) end--;
        return name.substring(start, end);
    }

    /** At most {@code maxBytes} of UTF-8, cut between code points, still in NFC. */
    private static String truncate(String name, int maxBytes) {
        String cut = cutAt(name, maxBytes);
        // a prefix of an NFC text is not always NFC, and composing can lengthen it: drop code points until it fits
        while (!cut.isEmpty()) {
            String composed = Normalizer.normalize(cut, Normalizer.Form.NFC);
            if (composed.getBytes(StandardCharsets.UTF_8).length <= maxBytes) return composed;
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut;
    }

    private static String cutAt(String name, int maxBytes) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= maxBytes) return name;
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) break;
            out.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
