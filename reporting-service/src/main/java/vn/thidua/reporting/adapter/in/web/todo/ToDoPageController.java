package vn.thidua.reporting.adapter.in.web.todo;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.thidua.reporting.adapter.in.web.page.PageUnitNames;
import vn.thidua.reporting.application.deadline.DeadlineQueries;
import vn.thidua.reporting.application.deadline.ToDoList;
import vn.thidua.reporting.domain.deadline.DeadlineRules;

/** The to-do page (việc cần làm): the same list as GET /api/todo, overdue first, with the units' names. */
@Controller
@Hidden
public class ToDoPageController {

    private final DeadlineQueries queries;
    private final PageUnitNames names;
    private final DeadlineRules rules;

    public ToDoPageController(DeadlineQueries queries, PageUnitNames names, DeadlineRules rules) {
        this.queries = queries;
        this.names = names;
        this.rules = rules;
    }

    @GetMapping("/todo")
    public String todo(Model model) {
        ToDoList list = queries.mine();
        model.addAttribute("todo", list);
        model.addAttribute("names", names);
        model.addAttribute("rules", rules);
        return "todo";
    }
}
