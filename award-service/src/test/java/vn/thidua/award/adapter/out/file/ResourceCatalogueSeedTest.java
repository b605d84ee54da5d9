package vn.thidua.award.adapter.out.file;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.thidua.award.domain.catalogue.AwardCatalogue;
import vn.thidua.award.domain.catalogue.AwardFormDefinition;
import vn.thidua.award.domain.catalogue.AwardMoney;
import vn.thidua.award.domain.catalogue.CatalogueRules;
import vn.thidua.award.domain.catalogue.RecipientKind;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.award.domain.catalogue.RecipientKind.COLLECTIVE;
import static vn.thidua.award.domain.catalogue.RecipientKind.INDIVIDUAL;

/** The shipped catalogue file, read as the service reads it, on hand-computed amounts across the decree periods. */
class ResourceCatalogueSeedTest {

    private static final AwardCatalogue CATALOGUE =
            new ResourceCatalogueSeed(new ClassPathResource("catalogue/award-catalogue.yml")).read();

    private static Optional<Long> amount(String code, RecipientKind recipient, LocalDate decidedOn) {
        AwardFormDefinition form = CATALOGUE.form(code).orElseThrow();
        return CATALOGUE.money(form, recipient, decidedOn).map(AwardMoney::amount);
    }

    @Test
    void everyShippedFormKeepsTheCatalogueRulesAndCitesItsSources() {
        assertThat(CATALOGUE.forms()).extracting(AwardFormDefinition::code).containsExactly("GIAY_KHEN",
                "BANG_KHEN_CHU_TICH_UBND_TINH", "KY_NIEM_CHUONG_VI_SU_NGHIEP_DAN_VAN");
        CATALOGUE.forms().forEach(form -> CatalogueRules.checkForm(form, CATALOGUE));
        CATALOGUE.baseSalaries().forEach(CatalogueRules::checkBaseSalary);
    }

    @Test
    void decree152AppliesFromJulyFirst2025() {
        assertThat(amount("BANG_KHEN_CHU_TICH_UBND_TINH", INDIVIDUAL, LocalDate.of(2025, 7, 1))).contains(3_510_000L);
        assertThat(amount("BANG_KHEN_CHU_TICH_UBND_TINH", COLLECTIVE, LocalDate.of(2025, 7, 1))).contains(7_020_000L);
        assertThat(amount("GIAY_KHEN", INDIVIDUAL, LocalDate.of(2025, 7, 1))).contains(710_000L); // 702,000
        assertThat(amount("GIAY_KHEN", COLLECTIVE, LocalDate.of(2025, 7, 1))).contains(1_410_000L); // 1,404,000
    }

    @Test
    void theEarlierDecreeAppliesTheDayBefore() {
        assertThat(amount("BANG_KHEN_CHU_TICH_UBND_TINH", INDIVIDUAL, LocalDate.of(2025, 6, 30))).contains(2_340_000L);
        assertThat(amount("BANG_KHEN_CHU_TICH_UBND_TINH", COLLECTIVE, LocalDate.of(2025, 6, 30))).contains(4_680_000L);
    }

    @Test
    void theBaseSalaryChangeOfJulyFirst2024Counts() {
        assertThat(amount("BANG_KHEN_CHU_TICH_UBND_TINH", INDIVIDUAL, LocalDate.of(2024, 6, 30))).contains(1_800_000L);
        assertThat(amount("GIAY_KHEN", INDIVIDUAL, LocalDate.of(2024, 6, 30))).contains(540_000L);
        assertThat(amount("GIAY_KHEN", INDIVIDUAL, LocalDate.of(2024, 7, 1))).contains(710_000L);
        assertThat(amount("GIAY_KHEN", COLLECTIVE, LocalDate.of(2023, 6, 30))).contains(900_000L); // 0.6 × 1,490,000 = 894,000
    }

    @Test
    void theCommemorativeMedalCarriesNoMoneyAndIsForIndividualsOnly() {
        assertThat(amount("KY_NIEM_CHUONG_VI_SU_NGHIEP_DAN_VAN", INDIVIDUAL, LocalDate.of(2025, 7, 1))).isEmpty();
        assertThat(CATALOGUE.form("KY_NIEM_CHUONG_VI_SU_NGHIEP_DAN_VAN").orElseThrow().recipients())
                .containsExactly(INDIVIDUAL);
    }
}
