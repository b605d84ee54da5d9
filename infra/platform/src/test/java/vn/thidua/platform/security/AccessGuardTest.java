package vn.thidua.platform.security;

import org.junit.jupiter.api.Test;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessGuardTest {

    /** 45 (Quảng Trị) → D464 (Vĩnh Linh) → W19363 (Hồ Xá), W19369 (Vĩnh Thái); D465 beside D464. */
    private static final Map<String, String> PARENTS = Map.of("D464", "45", "D465", "45", "W19363", "D464",
            "W19369", "D464");
    private final AccessGuard guard = new AccessGuard((ancestor, unit) -> {
        for (String u = unit; u != null; u = PARENTS.get(u)) if (u.equals(ancestor)) return true;
        return false;
    });

    private static Caller caller(String unit, String... roles) {
        return new Caller("u-" + unit, unit, List.of(roles), "corr");
    }

    @Test
    void aRoleActsOnItsUnitAndEverythingBelowIt() {
        CurrentCaller.runAs(caller("D464", "BOARD_OFFICER"), () -> {
            guard.require("D464", Role.BOARD_OFFICER);
            guard.require("W19363", Role.BOARD_OFFICER);
            assertThat(guard.allows("W19369", Role.BOARD_OFFICER)).isTrue();
            assertThat(guard.allows("D465", Role.BOARD_OFFICER)).isFalse();
            assertThat(guard.allows("45", Role.BOARD_OFFICER)).as("not upwards").isFalse();
        });
    }

    @Test
    void refusesAnotherUnitOrAnotherRoleWithADataFreeReason() {
        CurrentCaller.runAs(caller("W19363", "UNIT_OFFICER"), () -> {
            assertThatThrownBy(() -> guard.require("W19369", Role.UNIT_OFFICER))
                    .isInstanceOf(OutsideJurisdiction.class).extracting("reason").isEqualTo("unit");
            assertThatThrownBy(() -> guard.require("W19363", Role.MANAGING_UNIT_OFFICER))
                    .isInstanceOf(OutsideJurisdiction.class).extracting("reason").isEqualTo("role");
            assertThat(List.of("W19363", "W19369", "D464").stream().filter(guard.visibleUnits(Role.UNIT_OFFICER)))
                    .containsExactly("W19363");
        });
    }

    @Test
    void aListFilterAsksTheTreeOncePerUnit() {
        List<String> asked = new java.util.ArrayList<>();
        AccessGuard counting = new AccessGuard((ancestor, unit) -> {
            asked.add(unit);
            return unit.startsWith("W1936");
        });
        CurrentCaller.runAs(caller("D464", "VIEWER"), () -> {
            var visible = counting.visibleUnits(Role.VIEWER);
            assertThat(List.of("W19363", "W19363", "W19375", "W19363", "W19375", "W19369").stream().filter(visible))
                    .containsExactly("W19363", "W19363", "W19363", "W19369");
            assertThat(visible.test(null)).isFalse();
        });
        assertThat(asked).containsExactly("W19363", "W19375", "W19369");
    }

    @Test
    void nobodyIsRefusedAndAServiceActingOnItsOwnBehalfPasses() {
        assertThatThrownBy(() -> guard.require("W19363", Role.VIEWER)).isInstanceOf(OutsideJurisdiction.class);
        assertThat(guard.allows("W19363", Role.VIEWER)).isFalse();
        CurrentCaller.runAs(Caller.system("review-service", "corr"), () -> guard.require("W19363", Role.UNIT_OFFICER));
    }

    @Test
    void aTokenCannotClaimToBeTheSystem() {
        // CallerFilter drops unknown roles, but even a forged caller with the role and a non-system user id fails
        CurrentCaller.runAs(new Caller("canbo.hoxa", "W19363", List.of("SYSTEM"), "corr"), () ->
                assertThatThrownBy(() -> guard.require("W19369", Role.UNIT_OFFICER)).isInstanceOf(OutsideJurisdiction.class));
    }
}
