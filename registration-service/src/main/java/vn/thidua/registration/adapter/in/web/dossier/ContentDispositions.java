package vn.thidua.registration.adapter.in.web.dossier;

import vn.thidua.registration.domain.dossier.FileNames;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} for a stored (already sanitised) name, per RFC 6266: an ASCII
 * {@code filename="…"} for old clients (Vietnamese letters without their marks) and the exact UTF-8 name in
 * {@code filename*=UTF-8''…} (RFC 8187, formerly 5987), which current browsers prefer.
 */
final class ContentDispositions {

    private ContentDispositions() {
    }

    static String attachment(String safeName) {
        return "attachment; filename=\"" + FileNames.asciiFallback(safeName) + "\"; filename*=UTF-8''"
                + extValue(safeName);
    }

    /** Percent-encodes everything but RFC 8187 attr-char. */
    static String extValue(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
