package vn.thidua.registration.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as people type it: names arrive in NFC or with combining diacritics (decomposed), with
 * or without tones, in any case. {@link #nfc} is the stored form; {@link #fold} the form to compare and
 * search by, so that "Dân vận khéo", "DÂN VẬN KHÉO" and "dan van kheo" are one title.
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** Unicode NFC with surrounding whitespace removed and inner runs of whitespace made one space; null stays null. */
    public static String nfc(String text) {
        if (text == null) return null;
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }

    /** Lower case, no diacritics (đ → d), single spaces: the comparison key. Null becomes the empty string. */
    public static String fold(String text) {
        if (text == null) return "";
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(unmarked.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }
}
