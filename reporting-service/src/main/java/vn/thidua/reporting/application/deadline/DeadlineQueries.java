package vn.thidua.reporting.application.deadline;

import org.springframework.stereotype.Service;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.reporting.application.ProjectionStore;
import vn.thidua.reporting.application.access.ProjectedUnits;
import vn.thidua.reporting.application.page.CampaignCatalogue;
import vn.thidua.reporting.domain.deadline.Deadline;
import vn.thidua.reporting.domain.deadline.DeadlineRules;
import vn.thidua.reporting.domain.deadline.DeadlineStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The to-do list (việc cần làm) of the signed-in user, or of a digest's recipient: their unit's items as their role implies. */
@Service
public class DeadlineQueries {

    /** Who may read a to-do list: everyone acting for a unit. */
    public static final Role[] READERS = {Role.UNIT_OFFICER, Role.MANAGING_UNIT_OFFICER, Role.RECOGNISING_AUTHORITY,
            Role.COUNCIL_MEMBER, Role.BOARD_OFFICER, Role.VIEWER};

    /** Roles that also see what falls due in the units below theirs. */
    private static final Set<Role> SUPERVISING = EnumSet.of(Role.MANAGING_UNIT_OFFICER, Role.RECOGNISING_AUTHORITY,
            Role.COUNCIL_MEMBER, Role.BOARD_OFFICER, Role.VIEWER);

    private final ProjectionStore projection;
    private final CampaignCatalogue campaigns;
    private final DeadlineStore deadlines;
    private final DeadlineRules rules;
    private final AccessGuard guard;
    private final Clock clock;

    public DeadlineQueries(ProjectionStore projection, CampaignCatalogue campaigns, DeadlineStore deadlines,
                           DeadlineRules rules, AccessGuard guard, Clock clock) {
        this.projection = projection;
        this.campaigns = campaigns;
        this.deadlines = deadlines;
        this.rules = rules;
        this.guard = guard;
        this.clock = clock;
    }

    /** The signed-in caller's list (403 without a reader role). */
    public ToDoList mine() {
        guard.requireRole(READERS);
        Caller caller = CurrentCaller.get().orElseThrow();
        return forUnit(caller.unitId(), caller.roles(), today());
    }

    public LocalDate today() {
        return VietnamTime.today(clock);
    }

    /** The list of one acting for {@code unitId} with these roles (role names), on {@code today}. */
    public ToDoList forUnit(String unitId, Collection<String> roles, LocalDate today) {
        boolean supervises = roles.stream().anyMatch(r -> SUPERVISING.stream().anyMatch(s -> s.name().equals(r)));
        ProjectedUnits units = ProjectedUnits.over(projection.units());
        List<String> actorAncestors = units.ancestorsOf(unitId).orElse(List.of());
        List<Deadline> overdue = new ArrayList<>();
        List<Deadline> upcoming = new ArrayList<>();
        for (Deadline item : all()) {
            var status = rules.status(item, today);
            if (status.isEmpty()) continue;
            if (!DeadlineRules.concerns(item, unitId, actorAncestors,
                    units.ancestorsOf(item.unitId()).orElse(List.of()), supervises)) continue;
            (status.get() == DeadlineStatus.OVERDUE ? overdue : upcoming).add(item);
        }
        overdue.sort(Deadline.BY_DUE_DAY);
        upcoming.sort(Deadline.BY_DUE_DAY);
        return new ToDoList(unitId, today, List.copyOf(overdue), List.copyOf(upcoming));
    }

    private List<Deadline> all() {
        Stream<Deadline> ofCampaigns = campaigns.all().stream().flatMap(c -> DeadlineRules.ofCampaign(c).stream());
        return Stream.concat(ofCampaigns, deadlines.items().stream()).toList();
    }
}
