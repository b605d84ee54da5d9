package vn.thidua.award;

import vn.thidua.contracts.Actor;
import vn.thidua.contracts.UnitOpened;
import vn.thidua.platform.tree.UnitTreeCopy;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The part of the organisation tree the tests act in, published as the registration service publishes it
 * (UnitOpened on its topic): 45 (Quảng Trị) → D464 (Vĩnh Linh) → W19363 (Hồ Xá), W19369 (Vĩnh Thái); and beside
 * Vĩnh Linh, D465 (Gio Linh) → W19375 (Gio Mai).
 */
final class OrganisationTree {

    static final String PROVINCE = "45";
    static final String DISTRICT = "D464";
    static final String COMMUNE = "W19363";
    static final String OTHER_COMMUNE = "W19369";
    static final String OTHER_DISTRICT = "D465";
    static final String COMMUNE_OF_OTHER_DISTRICT = "W19375";

    private static final Actor BOARD = new Actor("ban-dan-van-tinh", PROVINCE);

    private OrganisationTree() {
    }

    static List<UnitOpened> units() {
        return List.of(
                opened(PROVINCE, null, "province", "Quảng Trị"),
                opened(DISTRICT, PROVINCE, "district", "Vĩnh Linh"),
                opened(OTHER_DISTRICT, PROVINCE, "district", "Gio Linh"),
                opened(COMMUNE, DISTRICT, "commune", "Hồ Xá"),
                opened(OTHER_COMMUNE, DISTRICT, "commune", "Vĩnh Thái"),
                opened(COMMUNE_OF_OTHER_DISTRICT, OTHER_DISTRICT, "commune", "Gio Mai"));
    }

    /** Publishes the units (province first) and waits until the service's tree copy holds them all. */
    static void publish(CloudEventRecords records, UnitTreeCopy tree) {
        units().forEach(records::send);
        await().atMost(Duration.ofSeconds(60)).until(() -> units().stream()
                .allMatch(unit -> tree.find(unit.unitId()).isPresent()));
    }

    private static UnitOpened opened(String unitId, String parentId, String kind, String name) {
        return new UnitOpened(unitId, parentId, kind, kind, name, name, List.of(), LocalDate.of(2008, 1, 1), BOARD,
                Instant.now());
    }
}
