package vn.thidua.reporting.domain.deadline;

import vn.thidua.reporting.domain.ModelStage;
import vn.thidua.reporting.domain.campaign.PlanTarget;
import vn.thidua.reporting.domain.campaign.PlanWindow;
import vn.thidua.reporting.domain.rollup.CoverageRollup;
import vn.thidua.reporting.domain.rollup.CoverageRollup.CountedModel;
import vn.thidua.reporting.domain.unit.Unit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Late and overdue (trễ hạn, quá hạn) in a unit's subtree on a rollup's standing day, not after today: registrations
 * filed late, per registration window due by then the units that owe a dossier and filed none by its day, and the
 * supplements asked (bổ sung): answered, answered late, overdue, pending. {@code kinds}: the target kinds that owe a
 * dossier. Rules in the README ("Late and overdue").
 */
public record Timeliness(LocalDate day, long registrations, long registeredLate, List<String> kinds,
                         List<Window> windows, Supplements supplements) {

    /**
     * A registration window due by the day: the units of a target kind below the unit, those with a counting model
     * registered by the end of its day, and those without (dossiers overdue).
     */
    public record Window(String name, LocalDate dueOn, long units, long filed) {

        public long overdue() {
            return units - filed;
        }
    }

    /** Supplements asked of the subtree's models by the day: answered (late: after their day), overdue, pending. */
    public record Supplements(long requested, long answered, long answeredLate, long overdue) {

        /** Asked, not answered, not yet due. */
        public long pending() {
            return requested - answered - overdue;
        }
    }

    /**
     * @param items every deadline item known (only the campaign's supplements are read)
     * @param today today in {@code zone}: a standing day after it stands on today (nothing is overdue in the future)
     */
    public static Timeliness of(CoverageRollup rollup, String unitId, List<Deadline> items, LocalDate today,
                                ZoneId zone) {
        LocalDate day = rollup.day().isAfter(today) ? today : rollup.day();
        Instant end = endOf(day, zone);
        List<CountedModel> models = rollup.models(unitId);
        long late = models.stream().filter(c -> c.model().registration() != null
                && c.model().registration().isLate()).count();
        List<Window> windows = new ArrayList<>();
        List<PlanWindow> planned = rollup.campaign().plan() == null ? List.of()
                : rollup.campaign().plan().registrationWindows();
        List<Unit> owing = owing(rollup, unitId);
        for (PlanWindow w : planned) {
            if (w.dueOn() == null || w.dueOn().isAfter(day)) continue;
            Instant due = endOf(w.dueOn(), zone);
            Set<String> filed = models.stream()
                    .filter(c -> c.model().reachedAt(ModelStage.REGISTERED).filter(at -> at.isBefore(due)).isPresent())
                    .map(CountedModel::unitId).collect(Collectors.toSet());
            windows.add(new Window(w.name(), w.dueOn(), owing.size(),
                    owing.stream().filter(u -> filed.contains(u.unitId())).count()));
        }
        List<String> kinds = rollup.campaign().plan() == null ? List.of()
                : rollup.campaign().plan().coverageTargets().stream().map(PlanTarget::unitKind).toList();
        return new Timeliness(day, models.size(), late, kinds, List.copyOf(windows),
                supplements(rollup, unitId, items, day, end, zone));
    }

    /** The units strictly below the unit, open on the day, of one of the campaign's target kinds. */
    private static List<Unit> owing(CoverageRollup rollup, String unitId) {
        List<PlanTarget> targets = rollup.campaign().plan() == null ? List.of()
                : rollup.campaign().plan().coverageTargets();
        return rollup.subtree(unitId).stream().filter(u -> !u.unitId().equals(unitId)).filter(u -> {
            Unit parent = rollup.unit(u.parentOn(rollup.day()));
            String parentLevel = parent == null ? null : parent.level();
            return targets.stream().anyMatch(t -> u.isOfKind(t.unitKind(), parentLevel));
        }).toList();
    }

    private static Supplements supplements(CoverageRollup rollup, String unitId, List<Deadline> items, LocalDate day,
                                           Instant end, ZoneId zone) {
        Set<String> subtree = new HashSet<>();
        rollup.subtree(unitId).forEach(u -> subtree.add(u.unitId()));
        long requested = 0, answered = 0, answeredLate = 0, overdue = 0;
        for (Deadline item : items) {
            if (item.kind() != DeadlineKind.SUPPLEMENT || !rollup.campaign().campaignId().equals(item.campaignId())
                    || (item.setAt() != null && !item.setAt().isBefore(end))
                    || !subtree.contains(rollup.tree().standingOn(item.unitId(), rollup.day()))) {
                continue;
            }
            requested++;
            if (item.clearedAt() != null && item.clearedAt().isBefore(end)) {
                answered++;
                if (item.clearedAt().atZone(zone).toLocalDate().isAfter(item.dueOn())) answeredLate++;
            } else if (item.dueOn().isBefore(day)) {
                overdue++;
            }
        }
        return new Supplements(requested, answered, answeredLate, overdue);
    }

    private static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
