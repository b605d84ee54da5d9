package vn.thidua.registration.application.unit;

import org.junit.jupiter.api.Test;
import vn.thidua.registration.domain.unit.UnitClosedEvent;
import vn.thidua.registration.domain.unit.UnitMovedEvent;
import vn.thidua.registration.domain.unit.UnitOpenedEvent;
import vn.thidua.registration.domain.unit.UnitReclassifiedEvent;
import vn.thidua.registration.domain.unit.UnitRenamedEvent;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code units} view built from unit events on an in-memory store (no Axon, no MongoDB). */
class UnitViewProjectorTest {

    private static final LocalDate OPENED = LocalDate.of(2020, 1, 1);

    private final InMemoryUnitStore store = new InMemoryUnitStore();
    private final UnitViewProjector projector = new UnitViewProjector(store);

    private void open(String unitId, String parentId, String name) {
        projector.on(new UnitOpenedEvent(unitId, parentId, "xã", "commune", name, "Xã " + name, null, OPENED));
    }

    private UnitView unit(String unitId) {
        return store.find(unitId).orElseThrow();
    }

    @Test
    void anOpenedUnitCopiesItsParentsAncestorsAndFoldsItsName() {
        open("45", null, "Quảng Trị");
        open("D464", "45", "Vĩnh Linh");
        open("W19369", "D464", "Vĩnh Thái");

        UnitView commune = unit("W19369");
        assertThat(commune.ancestorIds()).containsExactly("45", "D464");
        assertThat(commune.nameFolded()).isEqualTo("vinh thai");
        assertThat(commune.groups()).isEmpty();
        assertThat(commune.openedOn()).isEqualTo(OPENED);
        assertThat(unit("45").ancestorIds()).isEmpty();
    }

    @Test
    void aChildOpenedBeforeItsParentIsKnownStillNamesTheParent() {
        open("W1", "D-UNKNOWN", "Một");
        assertThat(unit("W1").ancestorIds()).containsExactly("D-UNKNOWN");
    }

    @Test
    void renameReclassifyAndCloseSetWhatTheyCarry() {
        open("W1", null, "Vĩnh Thái");
        projector.on(new UnitRenamedEvent("W1", "Vĩnh Thái Mới", "Phường Vĩnh Thái Mới"));
        projector.on(new UnitReclassifiedEvent("W1", "phường", "ward", List.of("đô thị")));
        projector.on(new UnitClosedEvent("W1", LocalDate.of(2025, 7, 1), "C1"));

        assertThat(unit("W1")).isEqualTo(new UnitView("W1", null, List.of(), "phường", "ward", "Vĩnh Thái Mới",
                "Phường Vĩnh Thái Mới", "vinh thai moi", List.of("đô thị"), OPENED, LocalDate.of(2025, 7, 1), "C1"));
    }

    @Test
    void aMoveRewritesTheAncestorsOfTheWholeSubtree() {
        open("P", null, "Tỉnh");
        open("D1", "P", "Huyện Một");
        open("D2", "P", "Huyện Hai");
        open("W1", "D1", "Xã");
        open("T1", "W1", "Thôn");

        projector.on(new UnitMovedEvent("W1", "D1", "D2"));

        assertThat(unit("W1").parentId()).isEqualTo("D2");
        assertThat(unit("W1").ancestorIds()).containsExactly("P", "D2");
        assertThat(unit("T1").parentId()).isEqualTo("W1");
        assertThat(unit("T1").ancestorIds()).containsExactly("P", "D2", "W1");
        assertThat(unit("D1").ancestorIds()).containsExactly("P");
    }

    @Test
    void eventsOfAnUnknownUnitChangeNothing() {
        projector.on(new UnitRenamedEvent("NONE", "Không", "Không"));
        projector.on(new UnitClosedEvent("NONE", LocalDate.of(2025, 7, 1), null));
        assertThat(store.all()).isEmpty();
    }

    @Test
    void aResetEmptiesTheView() {
        open("W1", null, "Một");
        projector.reset();
        assertThat(store.all()).isEmpty();
    }
}
