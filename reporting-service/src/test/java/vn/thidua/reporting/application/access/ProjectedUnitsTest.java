package vn.thidua.reporting.application.access;

import vn.thidua.platform.time.VietnamTime;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.security.Jurisdiction;
import vn.thidua.reporting.application.InMemoryStoresAccess;
import vn.thidua.reporting.domain.unit.UnitChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Jurisdiction over reporting's projected tree: the platform's one meaning, on reporting's units. */
class ProjectedUnitsTest {

    private static final Instant AT = Instant.parse("2023-01-02T01:00:00Z");
    private static final LocalDate LONG_AGO = LocalDate.of(2008, 1, 1);

    private final InMemoryStoresAccess stores = new InMemoryStoresAccess();
    private final Jurisdiction jurisdiction = new ProjectedUnits(stores.projection()).jurisdiction();

    private void open(String unitId, String parentId) {
        stores.projection().apply(new UnitChange.Opened(unitId, parentId, "x", "x", unitId, unitId, List.of(),
                LONG_AGO, AT));
    }

    @Test
    void aUnitIsCoveredByItselfAndEveryAncestorButNotBySiblingsOrChildren() {
        open("P", null);
        open("D", "P");
        open("D2", "P");
        open("C1", "D");

        assertThat(jurisdiction.covers("C1", "C1")).isTrue();
        assertThat(jurisdiction.covers("D", "C1")).isTrue();
        assertThat(jurisdiction.covers("P", "C1")).isTrue();
        assertThat(jurisdiction.covers("D2", "C1")).isFalse();
        assertThat(jurisdiction.covers("C1", "D")).isFalse();
    }

    @Test
    void aMovedUnitIsCoveredByItsNewParentOnly() {
        open("P", null);
        open("D", "P");
        open("D2", "P");
        open("C1", "D");
        stores.projection().apply(moved("C1", "D2", AT.plusSeconds(60)));

        assertThat(jurisdiction.covers("D2", "C1")).isTrue();
        assertThat(jurisdiction.covers("D", "C1")).isFalse();
    }

    @Test
    void aUnitNeverHeardOfIsCoveredByNobodyNotEvenItself() {
        open("P", null);
        assertThat(jurisdiction.covers("P", "ghost")).isFalse();
        assertThat(jurisdiction.covers("ghost", "ghost")).isFalse();
        assertThat(jurisdiction.covers(null, "P")).isFalse();
    }

    /** A move taking effect on Vietnam's date of {@code at}, as the application reads it from UnitMoved. */
    private static UnitChange.Moved moved(String unitId, String toParentId, Instant at) {
        return new UnitChange.Moved(unitId, toParentId, VietnamTime.dateOf(at), at);
    }
}
