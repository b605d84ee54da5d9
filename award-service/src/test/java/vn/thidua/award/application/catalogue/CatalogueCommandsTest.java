package vn.thidua.award.application.catalogue;

import org.junit.jupiter.api.Test;
import vn.thidua.award.domain.catalogue.AuthorityLevel;
import vn.thidua.award.domain.catalogue.AwardCatalogue;
import vn.thidua.award.domain.catalogue.AwardFormDefinition;
import vn.thidua.award.domain.catalogue.BaseSalary;
import vn.thidua.award.domain.catalogue.Coefficients;
import vn.thidua.award.domain.catalogue.RecipientKind;
import vn.thidua.contracts.AwardForm;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.OutsideJurisdiction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Administrators change the catalogue; the seed is read once, then the store is the truth. */
class CatalogueCommandsTest {

    private static final AwardCatalogue SEED = new AwardCatalogue(
            List.of(new AuthorityLevel("DISTRICT", "Cấp huyện", 3, List.of("district"))), List.of(),
            List.of(new BaseSalary(LocalDate.of(2024, 7, 1), 2_340_000, "Nghị định 73/2024/NĐ-CP")));
    private static final Caller ADMIN = new Caller("quan-tri", "45", List.of("ADMINISTRATOR"), null);

    private final InMemoryStore store = new InMemoryStore();
    private int seedReads;
    private final AccessGuard guard = new AccessGuard((ancestor, unit) -> true);
    private final CatalogueQueries queries = new CatalogueQueries(store, () -> {
        seedReads++;
        return SEED;
    }, guard);
    private final CatalogueCommands commands = new CatalogueCommands(queries, store, guard);

    private static AwardFormDefinition giayKhen(String level, BigDecimal individual) {
        return new AwardFormDefinition("GIAY_KHEN", "Giấy khen", null, AwardForm.CERTIFICATE_OF_COMMENDATION,
                "Chủ tịch UBND huyện", level, Set.of(RecipientKind.INDIVIDUAL), List.of(new Coefficients(
                        LocalDate.of(2025, 7, 1), Map.of(RecipientKind.INDIVIDUAL, individual), "Nghị định 152/2025")));
    }

    @Test
    void anAdministratorAddsAFormAndItsMoneyCountsFromThen() {
        CurrentCaller.runAs(ADMIN, () -> commands.putForm(giayKhen("DISTRICT", new BigDecimal("0.3"))));
        assertThat(queries.money("GIAY_KHEN", RecipientKind.INDIVIDUAL, LocalDate.of(2025, 7, 1)).orElseThrow().amount())
                .isEqualTo(710_000);
        assertThat(seedReads).isEqualTo(1);
    }

    @Test
    void aNewBaseSalaryChangesTheMoneyOfLaterDecisionsOnly() {
        CurrentCaller.runAs(ADMIN, () -> {
            commands.putForm(giayKhen("DISTRICT", new BigDecimal("0.3")));
            commands.putBaseSalary(new BaseSalary(LocalDate.of(2026, 7, 1), 2_530_000, "giả định"));
        });
        assertThat(queries.money("GIAY_KHEN", RecipientKind.INDIVIDUAL, LocalDate.of(2026, 6, 30)).orElseThrow().amount())
                .isEqualTo(710_000);
        assertThat(queries.money("GIAY_KHEN", RecipientKind.INDIVIDUAL, LocalDate.of(2026, 7, 1)).orElseThrow().amount())
                .isEqualTo(760_000); // 759,000
    }

    @Test
    void aFormOfAnUnknownLevelOrANegativeCoefficientIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> CurrentCaller.runAs(ADMIN,
                () -> commands.putForm(giayKhen("GALAXY", new BigDecimal("-1")))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fields())
                        .extracting(f -> f.code()).containsExactly("unknown-level", "coefficient-range"));
        assertThat(store.catalogue.forms()).isEmpty();
    }

    @Test
    void onlyAnAdministratorChangesTheCatalogue() {
        Caller council = new Caller("hoi-dong", "45", List.of("COUNCIL_MEMBER"), null);
        assertThatThrownBy(() -> CurrentCaller.runAs(council, () -> commands.putBaseSalary(
                new BaseSalary(LocalDate.of(2026, 7, 1), 1, "x")))).isInstanceOf(OutsideJurisdiction.class);
    }

    private static final class InMemoryStore implements AwardCatalogueStore {
        AwardCatalogue catalogue;

        @Override
        public Optional<AwardCatalogue> load() {
            return Optional.ofNullable(catalogue);
        }

        @Override
        public void save(AwardCatalogue catalogue) {
            this.catalogue = catalogue;
        }
    }
}
