package vn.thidua.reporting.adapter.in.web.page;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.thidua.pages.pick.Choice;
import vn.thidua.pages.pick.SearchText;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.reporting.application.unit.UnitQueries;
import vn.thidua.reporting.application.unit.UnitQueries.UnitInSubtree;

import java.time.Clock;
import java.util.List;

/**
 * Finding a unit of one's subtree by a few letters of its name (with or without diacritics) or its code: the
 * unit picker's JSON answers ({@code /units/choices}) and the page it falls back to without JavaScript
 * ({@code /units/find}), each unit shown with its path.
 */
@Controller
@Hidden
public class UnitSearchPage {

    /** At most this many choices: a few letters narrow a province's thousands of units quickly. */
    static final int LIMIT = 20;

    private final UnitQueries units;
    private final Clock clock;

    public UnitSearchPage(UnitQueries units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/units/find")
    public String find(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("choices", q == null || q.isBlank() ? List.of() : choices(q));
        return "units";
    }

    @GetMapping(path = "/units/choices", produces = "application/json")
    @ResponseBody
    public List<Choice> choices(@RequestParam(defaultValue = "") String q) {
        List<UnitInSubtree> subtree = units.subtree(VietnamTime.today(clock));
        return SearchText.best(q, subtree, UnitInSubtree::name, UnitInSubtree::unitId, LIMIT).stream()
                .map(u -> Choice.unit(u.unitId(), u.name(), u.ancestorNames())).toList();
    }
}
