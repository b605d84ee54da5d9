package vn.thidua.pages;

import vn.thidua.platform.time.VietnamTime;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * How pages write dates, times and numbers: dd/MM/yyyy, Vietnam time, 1.234,5 for a Vietnamese reader
 * (English readers get "7 Dec 2026" and 1,234.5). Templates reach it as {@code #formats}; views call it too.
 */
public final class Formats {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String MISSING = "—";

    private final Locale locale;
    private final boolean english;

    private Formats(Locale locale) {
        this.english = locale != null && "en".equals(locale.getLanguage());
        this.locale = english ? Locale.ENGLISH : VIETNAMESE;
    }

    public static Formats of(Locale locale) {
        return new Formats(locale);
    }

    /** A day (a {@link LocalDate}, or the Vietnam day of an {@link Instant}). */
    public String date(TemporalAccessor value) {
        if (value == null) return MISSING;
        LocalDate day = value instanceof Instant instant ? VietnamTime.dateOf(instant) : LocalDate.from(value);
        return DateTimeFormatter.ofPattern(english ? "d MMM yyyy" : "dd/MM/yyyy", locale).format(day);
    }

    /** A moment in Vietnam time, to the minute. */
    public String time(Instant value) {
        return value == null ? MISSING : times(english ? "d MMM yyyy HH:mm" : "dd/MM/yyyy HH:mm").format(value);
    }

    /** A moment in Vietnam time, to the second (histories, audit trails). */
    public String timeToSecond(Instant value) {
        return value == null ? MISSING : times(english ? "d MMM yyyy HH:mm:ss" : "dd/MM/yyyy HH:mm:ss").format(value);
    }

    /** A number with up to two decimals: 1.234,5 in Vietnamese. */
    public String number(Number value) {
        if (value == null) return MISSING;
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** An amount of money in đồng, whole: "1.490.000 đ" in Vietnamese, "1,490,000 VND" in English. */
    public String money(Number value) {
        if (value == null) return MISSING;
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        format.setGroupingUsed(true);
        return english ? format.format(value) + " VND" : format.format(value) + " đ";
    }

    /** The date line of an administrative document: "ngày 05 tháng 03 năm 2025" ("5 March 2025" in English). */
    public String documentDate(TemporalAccessor value) {
        if (value == null) return MISSING;
        LocalDate day = value instanceof Instant instant ? VietnamTime.dateOf(instant) : LocalDate.from(value);
        return english ? DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day)
                : DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy", locale).format(day);
    }

    /** A percentage (the number of percent, not a fraction): "66,67 %". */
    public String percent(Number value) {
        return value == null ? MISSING : number(value) + " %";
    }

    /** What a date field shows: a day as dd/MM/yyyy (the form it is typed in, whatever the language), text as typed. */
    public String typed(Object value) {
        if (value == null) return "";
        if (value instanceof TemporalAccessor day && !(value instanceof Instant)) {
            return DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.from(day));
        }
        return String.valueOf(value);
    }

    /** A day typed as dd/MM/yyyy (d/M/yyyy too) or yyyy-MM-dd; empty when it is not a day. */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String value = text.strip();
        for (String pattern : new String[] {"d/M/uuuu", "uuuu-MM-dd"}) {
            try {
                return Optional.of(LocalDate.parse(value, DateTimeFormatter.ofPattern(pattern)
                        .withResolverStyle(java.time.format.ResolverStyle.STRICT)));
            } catch (DateTimeParseException notThisPattern) {
                // try the next
            }
        }
        return Optional.empty();
    }

    private DateTimeFormatter times(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, locale).withZone(VietnamTime.ZONE);
    }
}
