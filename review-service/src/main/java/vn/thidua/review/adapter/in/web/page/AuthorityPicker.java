package vn.thidua.review.adapter.in.web.page;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.thidua.pages.pick.Choice;
import vn.thidua.pages.pick.SearchText;
import vn.thidua.platform.tree.UnitNode;
import vn.thidua.review.application.routing.OrganisationTree;
import vn.thidua.review.application.routing.RoutingTables;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The board's picker of the authority to route a case to by hand: units that can be an authority in the board
 * officer's reach, matched as typed ({@code /authorities/choices}, JSON for ?q=), and its search page without
 * JavaScript ({@code /authorities/find}), whose choice goes back to the case with the code filled in.
 */
@Controller
public class AuthorityPicker {

    static final int LIMIT = 20;

    private final RoutingTables routing;
    private final OrganisationTree tree;

    public AuthorityPicker(RoutingTables routing, OrganisationTree tree) {
        this.routing = routing;
        this.tree = tree;
    }

    @GetMapping(path = "/authorities/choices", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public List<Choice> choices(@RequestParam(required = false) String q) {
        return matching(q);
    }

    @GetMapping("/authorities/find")
    public String find(@RequestParam(required = false) String q, @RequestParam(required = false) String caseId,
                       Model model) {
        model.addAttribute("query", q == null ? "" : q);
        model.addAttribute("choices", matching(q));
        model.addAttribute("caseId", caseId != null && caseId.matches("[A-Za-z0-9-]{1,80}") ? caseId : null);
        return "review/authorities";
    }

    private List<Choice> matching(String q) {
        if (q == null || q.isBlank()) return List.of();
        return SearchText.best(q, routing.authorityUnits(), UnitNode::name, UnitNode::unitId, LIMIT).stream()
                .map(unit -> Choice.unit(unit.unitId(), unit.name(), ancestorNames(unit))).toList();
    }

    private List<String> ancestorNames(UnitNode unit) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Optional<UnitNode> parent = tree.find(unit.parentId());
        while (parent.isPresent() && seen.add(parent.get().unitId())) {
            names.add(0, parent.get().name());
            parent = tree.find(parent.get().parentId());
        }
        return names;
    }
}
