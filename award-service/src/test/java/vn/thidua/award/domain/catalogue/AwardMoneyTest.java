package vn.thidua.award.domain.catalogue;

import org.junit.jupiter.api.Test;
import vn.thidua.contracts.AwardForm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The money rule on hand-computed values: coefficient × base salary, rounded up to the next 10,000 VND. */
class AwardMoneyTest {

    private static final AwardFormDefinition GIAY_KHEN = new AwardFormDefinition("GK", "Giấy khen", null,
            AwardForm.CERTIFICATE_OF_COMMENDATION, "Chủ tịch UBND huyện", "DISTRICT",
            Set.of(RecipientKind.INDIVIDUAL, RecipientKind.COLLECTIVE), List.of(
                    new Coefficients(LocalDate.of(2017, 7, 31), Map.of(RecipientKind.INDIVIDUAL, new BigDecimal("0.3"),
                            RecipientKind.COLLECTIVE, new BigDecimal("0.6")), "91/2017"),
                    new Coefficients(LocalDate.of(2025, 7, 1), Map.of(RecipientKind.INDIVIDUAL, new BigDecimal("0.35")),
                            "152/2025")));
    private static final AwardCatalogue CATALOGUE = new AwardCatalogue(List.of(), List.of(GIAY_KHEN), List.of(
            new BaseSalary(LocalDate.of(2024, 7, 1), 2_340_000, "73/2024"),
            new BaseSalary(LocalDate.of(2023, 7, 1), 1_800_000, "24/2023")));

    @Test
    void anExactMultipleOfTenThousandStaysAsItIs() {
        assertThat(AwardMoney.of(new BigDecimal("1.5"), 2_340_000).amount()).isEqualTo(3_510_000);
    }

    @Test
    void anyRemainderRoundsUpToTheNextTenThousand() {
        assertThat(AwardMoney.of(new BigDecimal("0.3"), 2_340_000).amount()).isEqualTo(710_000); // 702,000
        assertThat(AwardMoney.of(new BigDecimal("0.3"), 1_490_000).amount()).isEqualTo(450_000); // 447,000
        assertThat(AwardMoney.of(new BigDecimal("0.15"), 1_800_000).amount()).isEqualTo(270_000); // 270,000
        assertThat(AwardMoney.of(new BigDecimal("0.6"), 2_340_001).amount()).isEqualTo(1_410_000); // 1,404,000.6
    }

    @Test
    void theBaseSalaryIsTheOneInForceOnTheDecisionDate() {
        assertThat(CATALOGUE.money(GIAY_KHEN, RecipientKind.INDIVIDUAL, LocalDate.of(2024, 6, 30)))
                .contains(new AwardMoney(new BigDecimal("0.3"), 1_800_000, 540_000));
        assertThat(CATALOGUE.money(GIAY_KHEN, RecipientKind.INDIVIDUAL, LocalDate.of(2024, 7, 1)))
                .contains(new AwardMoney(new BigDecimal("0.3"), 2_340_000, 710_000));
    }

    @Test
    void theCoefficientIsTheOneInForceOnTheDecisionDate() {
        assertThat(CATALOGUE.money(GIAY_KHEN, RecipientKind.INDIVIDUAL, LocalDate.of(2025, 6, 30)).orElseThrow().amount())
                .isEqualTo(710_000);
        assertThat(CATALOGUE.money(GIAY_KHEN, RecipientKind.INDIVIDUAL, LocalDate.of(2025, 7, 1)).orElseThrow().amount())
                .isEqualTo(820_000); // 0.35 × 2,340,000 = 819,000
    }

    @Test
    void noMoneyWithoutACoefficientOrABaseSalaryInForce() {
        assertThat(CATALOGUE.money(GIAY_KHEN, RecipientKind.COLLECTIVE, LocalDate.of(2025, 7, 1))).isEmpty();
        assertThat(CATALOGUE.money(GIAY_KHEN, RecipientKind.INDIVIDUAL, LocalDate.of(2017, 7, 30))).isEmpty();
        assertThat(CATALOGUE.money(GIAY_KHEN, RecipientKind.INDIVIDUAL, LocalDate.of(2023, 6, 30))).isEmpty();
    }
}
