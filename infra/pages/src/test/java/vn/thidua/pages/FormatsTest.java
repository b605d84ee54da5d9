package vn.thidua.pages;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private final Formats vietnamese = Formats.of(Locale.forLanguageTag("vi"));
    private final Formats english = Formats.of(Locale.ENGLISH);

    @Test
    void datesAreDayMonthYearForAVietnameseReader() {
        assertThat(vietnamese.date(LocalDate.of(2025, 3, 1))).isEqualTo("01/03/2025");
        assertThat(english.date(LocalDate.of(2025, 3, 1))).isEqualTo("1 Mar 2025");
    }

    @Test
    void timesAreInVietnamTime() {
        Instant lateEveningUtc = Instant.parse("2025-12-31T18:30:00Z");
        assertThat(vietnamese.time(lateEveningUtc)).isEqualTo("01/01/2026 01:30");
        assertThat(vietnamese.date(lateEveningUtc)).isEqualTo("01/01/2026");
        assertThat(vietnamese.timeToSecond(lateEveningUtc)).isEqualTo("01/01/2026 01:30:00");
    }

    @Test
    void numbersUseTheVietnameseSeparators() {
        assertThat(vietnamese.number(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
        assertThat(english.number(new BigDecimal("1234.5"))).isEqualTo("1,234.5");
        assertThat(vietnamese.percent(new BigDecimal("66.66"))).isEqualTo("66,66 %");
        assertThat(vietnamese.number(null)).isEqualTo("—");
    }

    @Test
    void readsDaysTypedDayFirst() {
        assertThat(Formats.parseDate("31/12/2025")).contains(LocalDate.of(2025, 12, 31));
        assertThat(Formats.parseDate("1/3/2025")).contains(LocalDate.of(2025, 3, 1));
        assertThat(Formats.parseDate("2025-03-01")).contains(LocalDate.of(2025, 3, 1));
        assertThat(Formats.parseDate("31/02/2025")).isEmpty();
        assertThat(Formats.parseDate("mai")).isEmpty();
    }
}
