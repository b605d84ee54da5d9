package vn.thidua.registration.domain.unit;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.registration.domain.RuleViolations;
import vn.thidua.platform.domain.StateConflict;
import vn.thidua.platform.web.RuleMessages;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The unit aggregate's life, one given/when/then per command and per rejection. */
class UnitTest {

    private static final LocalDate OPENED = LocalDate.of(2020, 1, 1);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    /** "Xã Vĩnh Thái" typed with combining diacritics (NFD), as 50 names of the 2025-07-01 file are. */
    private static final String DECOMPOSED = java.text.Normalizer.normalize("Vĩnh Thái", java.text.Normalizer.Form.NFD);

    private AggregateTestFixture<Unit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Unit.class);
    }

    private static UnitOpenedEvent opened() {
        return new UnitOpenedEvent("W19369", "D464", "xã", "commune", "Vĩnh Thái", "Xã Vĩnh Thái",
                List.of("biên giới"), OPENED);
    }

    private static UnitClosedEvent closed() {
        return new UnitClosedEvent("W19369", REFORM, "C19369");
    }

    @Test
    void opensAUnitWithNamesInNfcAndCleanGroups() {
        fixture.givenNoPriorActivity()
                .when(new OpenUnitCommand("W19369", "D464", " xã ", "commune", DECOMPOSED, "Xã  " + DECOMPOSED,
                        List.of(" biên giới", "", "biên giới"), OPENED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(opened());
    }

    @Test
    void opensARootWithoutParent() {
        fixture.givenNoPriorActivity()
                .when(new OpenUnitCommand("45", " ", "tỉnh", "province", "Quảng Trị", "Tỉnh Quảng Trị", null, OPENED))
                .expectEvents(new UnitOpenedEvent("45", null, "tỉnh", "province", "Quảng Trị", "Tỉnh Quảng Trị",
                        List.of(), OPENED));
    }

    @Test
    void refusesToOpenWithEveryMissingFieldNamedAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new OpenUnitCommand("W19369", "D464", "", null, " ", "", List.of(), null))
                .expectNoEvents()
                .expectException(violationNaming("kind", "level", "name", "fullName", "openedOn"));
    }

    @Test
    void refusesAMalformedCodeAndAUnitThatIsItsOwnParent() {
        fixture.givenNoPriorActivity()
                .when(new OpenUnitCommand("W 19369", "W 19369", "xã", "commune", "Vĩnh Thái", "Xã Vĩnh Thái", null, OPENED))
                .expectNoEvents()
                .expectException(violationNaming("unitId", "parentId", "parentId"));
    }

    @Test
    void refusesANameLongerThan200Characters() {
        fixture.givenNoPriorActivity()
                .when(new OpenUnitCommand("W19369", "D464", "xã", "commune", "x".repeat(201), "Xã", null, OPENED))
                .expectNoEvents()
                .expectException(violationNaming("name"));
    }

    @Test
    void renames() {
        fixture.given(opened())
                .when(new RenameUnitCommand("W19369", "Vĩnh Thái Mới", "Xã Vĩnh Thái Mới"))
                .expectEvents(new UnitRenamedEvent("W19369", "Vĩnh Thái Mới", "Xã Vĩnh Thái Mới"));
    }

    @Test
    void renamingToTheSameNameInAnotherNormalFormChangesNothing() {
        fixture.given(opened())
                .when(new RenameUnitCommand("W19369", DECOMPOSED, "Xã " + DECOMPOSED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesABlankName() {
        fixture.given(opened())
                .when(new RenameUnitCommand("W19369", " ", null))
                .expectNoEvents()
                .expectException(violationNaming("name", "fullName"));
    }

    @Test
    void refusesToRenameAClosedUnit() {
        fixture.given(opened(), closed())
                .when(new RenameUnitCommand("W19369", "Vĩnh Thái Mới", "Xã Vĩnh Thái Mới"))
                .expectNoEvents()
                .expectException(conflictSaying("Unit W19369 was closed on 2025-07-01 and cannot be renamed"));
    }

    @Test
    void moves() {
        fixture.given(opened())
                .when(new MoveUnitCommand("W19369", "D465"))
                .expectEvents(new UnitMovedEvent("W19369", "D464", "D465"));
    }

    @Test
    void movingUnderTheSameParentChangesNothing() {
        fixture.given(opened())
                .when(new MoveUnitCommand("W19369", "D464"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesToMoveUnderItself() {
        fixture.given(opened())
                .when(new MoveUnitCommand("W19369", "W19369"))
                .expectNoEvents()
                .expectException(violationNaming("parentId"));
    }

    @Test
    void refusesToMoveWithoutNewParent() {
        fixture.given(opened())
                .when(new MoveUnitCommand("W19369", null))
                .expectNoEvents()
                .expectException(violationNaming("parentId"));
    }

    @Test
    void refusesToMoveAClosedUnit() {
        fixture.given(opened(), closed())
                .when(new MoveUnitCommand("W19369", "D465"))
                .expectNoEvents()
                .expectException(conflictSaying("Unit W19369 was closed on 2025-07-01 and cannot be moved"));
    }

    @Test
    void reclassifies() {
        fixture.given(opened())
                .when(new ReclassifyUnitCommand("W19369", "phường", "commune", List.of("đô thị")))
                .expectEvents(new UnitReclassifiedEvent("W19369", "phường", "commune", List.of("đô thị")));
    }

    @Test
    void reclassifyingToTheSameValuesChangesNothing() {
        fixture.given(opened())
                .when(new ReclassifyUnitCommand("W19369", "xã", "commune", List.of("biên giới ")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesToReclassifyWithoutKindAndLevel() {
        fixture.given(opened())
                .when(new ReclassifyUnitCommand("W19369", "", null, null))
                .expectNoEvents()
                .expectException(violationNaming("kind", "level"));
    }

    @Test
    void refusesToReclassifyAClosedUnit() {
        fixture.given(opened(), closed())
                .when(new ReclassifyUnitCommand("W19369", "phường", "commune", null))
                .expectNoEvents()
                .expectException(conflictSaying("Unit W19369 was closed on 2025-07-01 and cannot be reclassified"));
    }

    @Test
    void closesWithSuccessor() {
        fixture.given(opened())
                .when(new CloseUnitCommand("W19369", REFORM, "C19369"))
                .expectEvents(closed());
    }

    @Test
    void closesWithoutSuccessor() {
        fixture.given(opened())
                .when(new CloseUnitCommand("W19369", REFORM, " "))
                .expectEvents(new UnitClosedEvent("W19369", REFORM, null));
    }

    @Test
    void refusesToCloseBeforeOrOnTheOpeningDay() {
        fixture.given(opened())
                .when(new CloseUnitCommand("W19369", OPENED, null))
                .expectNoEvents()
                .expectException(violationNaming("closedOn"));
        fixture.given(opened())
                .when(new CloseUnitCommand("W19369", OPENED.minusDays(1), null))
                .expectNoEvents()
                .expectException(violationNaming("closedOn"));
    }

    @Test
    void refusesToCloseWithoutDateOrAsItsOwnSuccessor() {
        fixture.given(opened())
                .when(new CloseUnitCommand("W19369", null, "W19369"))
                .expectNoEvents()
                .expectException(violationNaming("closedOn", "successorId"));
    }

    @Test
    void refusesToCloseTwice() {
        fixture.given(opened(), closed())
                .when(new CloseUnitCommand("W19369", REFORM.plusDays(1), null))
                .expectNoEvents()
                .expectException(conflictSaying("Unit W19369 was closed on 2025-07-01 and cannot be closed"));
    }

    private static Matcher<RuleViolation> violationNaming(String... fields) {
        return RuleViolations.naming(fields);
    }

    /** A state conflict whose English text, from the rules bundle, is {@code english}. */
    private static Matcher<RuleViolation> conflictSaying(String english) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation instanceof StateConflict
                        && english.equals(RuleMessages.get().text(violation, Locale.ENGLISH));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a state conflict saying ").appendValue(english);
            }
        };
    }
}
