package vn.thidua.reporting.adapter.in.web.todo;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.thidua.reporting.application.ProjectionStore;
import vn.thidua.reporting.application.deadline.DeadlineQueries;
import vn.thidua.reporting.application.deadline.ToDoList;
import vn.thidua.reporting.domain.deadline.DeadlineRules;
import vn.thidua.reporting.domain.unit.Unit;

/** The to-do page (việc cần làm): the same list as GET /api/todo, overdue first, with the units' names. */
@Controller
@Hidden
public class ToDoPageController {

    private final DeadlineQueries queries;
    private final ProjectionStore projection;
    private final DeadlineRules rules;

    public ToDoPageController(DeadlineQueries queries, ProjectionStore projection, DeadlineRules rules) {
        this.queries = queries;
        this.projection = projection;
        this.rules = rules;
    }

    @GetMapping("/todo")
    public String todo(Model model) {
        ToDoList list = queries.mine();
        model.addAttribute("todo", list);
        model.addAttribute("unitName", projection.unit(list.unitId()).map(Unit::displayName).orElse(list.unitId()));
        model.addAttribute("names", new UnitNames(projection));
        model.addAttribute("rules", rules);
        return "todo";
    }

    /** A unit's display name for the template, or its id when never heard of. */
    public record UnitNames(ProjectionStore projection) {
        public String of(String unitId) {
            return projection.unit(unitId).map(Unit::displayName).orElse(unitId);
        }
    }
}
