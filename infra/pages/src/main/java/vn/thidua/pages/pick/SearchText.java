package vn.thidua.pages.pick;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Matching what a person types against names, with or without diacritics: "ho xa", "Hồ Xá" and "HO XA" all find
 * "Thị trấn Hồ Xá". Every word typed must start a word of the name (or of its code); names whose first word
 * matches come first, then shorter names.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** Lower case, without diacritics, đ as d, one space between words. */
    public static String fold(String text) {
        if (text == null) return "";
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Whether every word of {@code query} starts a word of one of {@code texts}. */
    public static boolean matches(String query, String... texts) {
        String[] wanted = fold(query).split(" ");
        if (wanted.length == 1 && wanted[0].isEmpty()) return false;
        List<String> words = Arrays.stream(texts).flatMap(t -> Arrays.stream(fold(t).split(" "))).toList();
        return Arrays.stream(wanted).allMatch(w -> words.stream().anyMatch(word -> word.startsWith(w)));
    }

    /** The first {@code limit} of {@code candidates} matching {@code query} on their label or id, best first. */
    public static <T> List<T> best(String query, List<T> candidates, Function<T, String> label,
                                   Function<T, String> id, int limit) {
        String first = fold(query).split(" ")[0];
        return candidates.stream()
                .filter(c -> matches(query, label.apply(c), id.apply(c)))
                .sorted(Comparator.<T>comparingInt(c -> fold(label.apply(c)).startsWith(first) ? 0 : 1)
                        .thenComparingInt(c -> label.apply(c).length())
                        .thenComparing(c -> fold(label.apply(c))))
                .limit(limit)
                .toList();
    }
}
