package vn.thidua.reporting.application;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.contracts.UnitClosed;
import vn.thidua.contracts.UnitMoved;
import vn.thidua.contracts.UnitOpened;
import vn.thidua.reporting.Events;
import vn.thidua.reporting.application.target.TargetCoverageQueries;
import vn.thidua.reporting.domain.target.TargetCoverage;
import vn.thidua.reporting.domain.target.TargetResult;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of coverage against targets over random trees, models and delivery orders. */
class TargetCoveragePropertiesTest {

    /** One published record: its CloudEvents id and its event. */
    record Published(String id, IntegrationEvent event) {
        boolean isUnit() {
            return event instanceof UnitOpened || event instanceof UnitClosed || event instanceof UnitMoved;
        }

        boolean isModel() {
            return event.getClass().getSimpleName().startsWith("Model");
        }
    }

    /** A model of the scenario: where, in which field, and what happens to it. */
    record ModelSpec(int unit, ModelField field, RegistrantKind kind, boolean late, boolean replica, boolean withdrawn,
                     boolean confirmed, Optional<ModelField> amendedTo) {
    }

    /** A unit of the scenario's tree below district D: its kind, parent, opening and closing. */
    record UnitSpec(String id, String parent, String kind, String level, LocalDate openedOn, LocalDate closedOn) {
    }

    private static final List<LocalDate> OPENINGS = List.of(Events.LONG_AGO, LocalDate.of(2024, 6, 1),
            LocalDate.of(2026, 1, 1));
    private static final List<Optional<LocalDate>> CLOSINGS = List.of(Optional.empty(), Optional.empty(),
            Optional.of(LocalDate.of(2022, 7, 1)), Optional.of(LocalDate.of(2023, 1, 1)),
            Optional.of(LocalDate.of(2024, 7, 1)));

    @Provide
    Arbitrary<List<Published>> scenarios() {
        Arbitrary<List<UnitSpec>> units = Combinators.combine(
                Arbitraries.of(OPENINGS).list().ofSize(12),
                Arbitraries.of(CLOSINGS).list().ofSize(12)).as((openings, closings) -> {
            List<UnitSpec> specs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String kind = i < 3 ? "xã" : i < 9 ? "village" : "agency";
                String level = i < 3 ? "commune" : i < 9 ? "village" : "district";
                String id = (i < 3 ? "C" : i < 9 ? "V" : "A") + i;
                String parent = i < 3 ? "D" : i < 9 ? "C" + ((i - 3) % 3) : i == 11 ? "D2" : "D";
                specs.add(new UnitSpec(id, parent, kind, level, openings.get(i), closings.get(i).orElse(null)));
            }
            return specs;
        });
        Arbitrary<ModelSpec> model = Combinators.combine(
                Arbitraries.integers().between(0, 11), Arbitraries.of(ModelField.class),
                Arbitraries.of(RegistrantKind.class), Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(true, false, false, false), Arbitraries.of(true, false),
                Arbitraries.of(ModelField.class).optional()).as(ModelSpec::new);
        Arbitrary<Optional<Integer>> moveDay = Arbitraries.integers().between(0, 1500).optional();
        return Combinators.combine(units, model.list().ofMaxSize(20), moveDay).as(TargetCoveragePropertiesTest::events);
    }

    private static List<Published> events(List<UnitSpec> units, List<ModelSpec> models, Optional<Integer> moveDay) {
        List<Published> events = new ArrayList<>();
        int n = 0;
        events.add(new Published("e" + n++, Events.launched("c1", "D")));
        events.add(new Published("e" + n++, Events.unit("P", null, "tỉnh", "province")));
        events.add(new Published("e" + n++, Events.unit("D", "P", "huyện", "district")));
        events.add(new Published("e" + n++, Events.unit("D2", "P", "huyện", "district")));
        for (UnitSpec unit : units) {
            events.add(new Published("e" + n++, Events.unit(unit.id(), unit.parent(), unit.kind(), unit.level(),
                    unit.openedOn())));
            if (unit.closedOn() != null) {
                events.add(new Published("e" + n++, Events.unitClosed(unit.id(), unit.closedOn(), null)));
            }
        }
        if (moveDay.isPresent()) {
            // village V3 moves from C0 (district D) to agency-less district D2's side during or after the period
            Instant at = Instant.parse("2022-06-01T03:00:00Z").plusSeconds(86_400L * moveDay.get());
            events.add(new Published("e" + n++, Events.unitMoved("V3", "C0", "D2", at)));
        }
        for (int i = 0; i < models.size(); i++) {
            ModelSpec spec = models.get(i);
            ModelRegistered registered = Events.model("m" + i, "c1", units.get(spec.unit()).id(), spec.field(),
                    spec.kind(), spec.late(), spec.replica() ? "m0" : null);
            events.add(new Published("e" + n++, registered));
            if (spec.withdrawn()) events.add(new Published("e" + n++, Events.withdrawn(registered)));
            if (spec.confirmed()) events.add(new Published("e" + n++, Events.confirmed(registered)));
            if (spec.amendedTo().isPresent()) {
                events.add(new Published("e" + n++, Events.fieldAmended(registered, spec.amendedTo().get())));
            }
        }
        return List.copyOf(events);
    }

    private static TargetCoverage fold(List<Published> events) {
        InMemoryStores stores = new InMemoryStores();
        ProjectionUpdater updater = new ProjectionUpdater(stores, stores, stores);
        long offset = 0;
        for (Published published : events) {
            updater.apply(published.id(), published.event().getClass().getSimpleName(), published.event(),
                    Instant.EPOCH, new StreamPosition("thidua.registration", 0, offset++));
        }
        return new TargetCoverageQueries(stores, InMemoryStores.openGuard()).targetCoverage("c1", null).orElseThrow();
    }

    private static List<Published> shuffled(List<Published> events, long seed) {
        List<Published> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(seed));
        return shuffled;
    }

    @Property(tries = 200)
    void thePercentageIsNeverAboveAHundredAndMetFollowsTheExactCounts(@ForAll("scenarios") List<Published> events) {
        for (TargetResult target : fold(events).targets()) {
            assertThat(target.covered()).isBetween(0L, target.total());
            if (target.total() == 0) {
                assertThat(target.percent()).isEmpty();
                assertThat(target.met()).isEmpty();
            } else {
                assertThat(target.percent().orElseThrow()).isBetween(BigDecimal.ZERO, new BigDecimal("100.00"));
                assertThat(target.met()).contains(target.target().met(target.covered(), target.total()));
                assertThat(target.percent().orElseThrow().compareTo(new BigDecimal("100")) == 0)
                        .isEqualTo(target.covered() == target.total());
            }
        }
    }

    @Property(tries = 200)
    void registeredIsWithdrawnPlusAwaitingPlusCounting(@ForAll("scenarios") List<Published> events) {
        var models = fold(events).models();
        assertThat(models.withdrawn() + models.awaitingConfirmation() + models.counting())
                .isEqualTo(models.registered());
        assertThat(models.byField().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(models.counting());
    }

    @Property(tries = 200)
    void theOrderOfDeliveryDoesNotMatter(@ForAll("scenarios") List<Published> events, @ForAll long seed) {
        assertThat(fold(shuffled(events, seed))).isEqualTo(fold(events));
    }

    @Property(tries = 100)
    void unitsOpenedBeforeOrAfterTheModelsGiveTheSameCoverage(@ForAll("scenarios") List<Published> events) {
        List<Published> unitsFirst = new ArrayList<>(events.stream().filter(Published::isUnit).toList());
        unitsFirst.addAll(events.stream().filter(e -> !e.isUnit()).toList());
        List<Published> modelsFirst = new ArrayList<>(events.stream().filter(Published::isModel).toList());
        modelsFirst.addAll(events.stream().filter(e -> !e.isModel()).toList());
        assertThat(fold(modelsFirst)).isEqualTo(fold(unitsFirst));
    }

    @Property(tries = 200)
    void aRedeliveredEventNeverChangesTheCounts(@ForAll("scenarios") List<Published> events, @ForAll long seed) {
        Random random = new Random(seed);
        List<Published> redelivered = new ArrayList<>(events);
        for (Published event : events) {
            if (random.nextInt(3) == 0) {
                // the same record again later (same id), or the same event re-published under a new id
                Published again = random.nextBoolean() ? event : new Published(event.id() + "-again", event.event());
                int after = redelivered.indexOf(event) + 1;
                redelivered.add(after + random.nextInt(redelivered.size() - after + 1), again);
            }
        }
        assertThat(fold(redelivered)).isEqualTo(fold(events));
    }
}
