package vn.thidua.reporting.adapter.in.web.todo;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.reporting.application.deadline.DeadlineQueries;
import vn.thidua.reporting.application.deadline.ToDoList;
import vn.thidua.reporting.domain.deadline.Deadline;

import java.time.LocalDate;
import java.util.List;

/** The signed-in caller's to-do list (việc cần làm) as JSON: overdue and upcoming items of the units they act for. */
@RestController
public class ToDoController {

    /** One item as the API shows it. */
    public record Item(String id, String kind, String campaignId, String unitId, String title, String detail,
                       LocalDate dueOn) {

        static Item of(Deadline d) {
            return new Item(d.id(), d.kind().name(), d.campaignId(), d.unitId(), d.title(), d.detail(), d.dueOn());
        }
    }

    public record ToDoResponse(String unitId, LocalDate today, List<Item> overdue, List<Item> upcoming) {

        static ToDoResponse of(ToDoList list) {
            return new ToDoResponse(list.unitId(), list.today(), list.overdue().stream().map(Item::of).toList(),
                    list.upcoming().stream().map(Item::of).toList());
        }
    }

    private final DeadlineQueries queries;

    public ToDoController(DeadlineQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/todo")
    @Operation(summary = "The caller's to-do list: overdue and upcoming deadlines of the units they act for")
    public ToDoResponse todo() {
        return ToDoResponse.of(queries.mine());
    }
}
