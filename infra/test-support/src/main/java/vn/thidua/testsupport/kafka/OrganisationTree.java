package vn.thidua.testsupport.kafka;

import vn.thidua.contracts.Actor;
import vn.thidua.contracts.UnitOpened;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * The part of the organisation tree the tests act in, published as the registration service publishes it
 * (UnitOpened on its topic): 45 (Quảng Trị) → D464 (Vĩnh Linh) → W19363 (Hồ Xá), W19369 (Vĩnh Thái); and beside
 * Vĩnh Linh, D465 (Gio Linh) → W19375 (Gio Mai). The services that keep a copy of the tree (review, award) test
 * their jurisdiction on it.
 */
public final class OrganisationTree {

    public static final String PROVINCE = "45";
    public static final String DISTRICT = "D464";
    public static final String COMMUNE = "W19363";
    public static final String OTHER_COMMUNE = "W19369";
    public static final String OTHER_DISTRICT = "D465";
    public static final String COMMUNE_OF_OTHER_DISTRICT = "W19375";

    private static final Actor BOARD = new Actor("ban-dan-van-tinh", PROVINCE);

    private OrganisationTree() {
    }

    public static List<UnitOpened> units() {
        return List.of(
                opened(PROVINCE, null, "province", "Quảng Trị"),
                opened(DISTRICT, PROVINCE, "district", "Vĩnh Linh"),
                opened(OTHER_DISTRICT, PROVINCE, "district", "Gio Linh"),
                opened(COMMUNE, DISTRICT, "commune", "Hồ Xá"),
                opened(OTHER_COMMUNE, DISTRICT, "commune", "Vĩnh Thái"),
                opened(COMMUNE_OF_OTHER_DISTRICT, OTHER_DISTRICT, "commune", "Gio Mai"));
    }

    /**
     * Publishes the units (province first) unless the service's tree copy {@code holds} them all already, and
     * waits until it does.
     */
    public static void publish(CloudEventRecords records, Predicate<String> holds) {
        if (units().stream().allMatch(unit -> holds.test(unit.unitId()))) return;
        units().forEach(records::send);
        await().atMost(Duration.ofSeconds(60)).until(() -> units().stream().allMatch(unit -> holds.test(unit.unitId())));
    }

    private static UnitOpened opened(String unitId, String parentId, String kind, String name) {
        return new UnitOpened(unitId, parentId, kind, kind, name, name, List.of(), LocalDate.of(2008, 1, 1), BOARD,
                Instant.now());
    }
}
