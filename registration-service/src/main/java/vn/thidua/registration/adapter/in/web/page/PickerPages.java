package vn.thidua.registration.adapter.in.web.page;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.thidua.pages.pick.Choice;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.Role;
import vn.thidua.registration.application.model.ModelQueries;
import vn.thidua.registration.application.model.ModelView;
import vn.thidua.registration.application.unit.UnitQueries;
import vn.thidua.registration.application.unit.UnitView;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The unit and model pickers' answers ({@code /units/choices}, {@code /models/choices}: JSON for ?q=) and their
 * search pages without JavaScript ({@code /units/find}, {@code /models/find}), each over the caller's subtree
 * ({@code scope=managing}: and the units above it, for the managing unit).
 * A search page's choice links back to the form ({@code back}, a path of this service) with the code filled in.
 */
@Controller
public class PickerPages {

    static final int LIMIT = 20;
    /** The scope of the managing-unit picker: the caller's subtree and the units above it. */
    static final String MANAGING = "managing";
    private static final Role[] ANY_ROLE = Role.values();

    private final UnitQueries tree;
    private final ModelQueries models;
    private final AccessGuard guard;

    public PickerPages(UnitQueries tree, ModelQueries models, AccessGuard guard) {
        this.tree = tree;
        this.models = models;
        this.guard = guard;
    }

    @GetMapping(path = "/units/choices", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public List<Choice> unitChoices(@RequestParam(required = false) String q,
                                    @RequestParam(required = false) String scope) {
        return units(q, scope);
    }

    @GetMapping(path = "/models/choices", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public List<Choice> modelChoices(@RequestParam(required = false) String q) {
        return modelsMatching(q);
    }

    @GetMapping("/units/find")
    public String findUnit(@RequestParam(required = false) String q, @RequestParam(required = false) String back,
                           @RequestParam(required = false) String field,
                           @RequestParam(required = false) String scope, Model model) {
        model.addAttribute("scope", MANAGING.equals(scope) ? MANAGING : null);
        return findPage("unit", q, back, field, units(q, scope), model);
    }

    @GetMapping("/models/find")
    public String findModel(@RequestParam(required = false) String q, @RequestParam(required = false) String back,
                            @RequestParam(required = false) String field, Model model) {
        return findPage("model", q, back, field, modelsMatching(q), model);
    }

    private String findPage(String kind, String q, String back, String field, List<Choice> found, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("query", q == null ? "" : q);
        model.addAttribute("choices", found);
        model.addAttribute("back", safePath(back));
        model.addAttribute("field", field == null || !field.matches("[A-Za-z.]{1,40}") ? null : field);
        return "pick/find";
    }

    /**
     * Units whose name (or code) matches, open today and in the caller's subtree, with their paths; with scope
     * {@code managing} also the units above the caller's (a managing unit is most often the parent).
     */
    private List<Choice> units(String q, String scope) {
        if (q == null || q.isBlank()) return List.of();
        Set<String> above = MANAGING.equals(scope) ? aboveCaller() : Set.of();
        Stream<UnitView> byCode = tree.find(q.strip()).stream();
        return Stream.concat(byCode, tree.search(q, tree.today(), UnitQueries.MAX_SEARCH).stream())
                .distinct()
                .filter(u -> above.contains(u.unitId()) || guard.allows(u.unitId(), ANY_ROLE))
                .limit(LIMIT)
                .map(this::unitChoice)
                .toList();
    }

    private Set<String> aboveCaller() {
        return CurrentCaller.get().map(Caller::unitId).flatMap(tree::find)
                .map(unit -> tree.ancestors(unit).stream().map(UnitView::unitId).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private Choice unitChoice(UnitView unit) {
        return Choice.unit(unit.unitId(), unit.name(), tree.ancestors(unit).stream().map(UnitView::name).toList());
    }

    /** Models whose title matches that the caller may read, newest first, with their unit's path. */
    private List<Choice> modelsMatching(String q) {
        if (q == null || q.isBlank()) return List.of();
        List<ModelView> found = models.search(new ModelQueries.Filter(null, null, null, null, q), 0, LIMIT).items();
        return found.stream().map(m -> {
            String unitPath = tree.find(m.unitId()).map(u -> unitChoice(u).path()).orElse(m.unitId());
            return new Choice(m.modelId(), m.title(), unitPath);
        }).toList();
    }

    /** Only a path of this service ("/models/new"), never another site. */
    private static String safePath(String back) {
        return back != null && back.matches("/[a-z][a-z/-]{0,60}") ? back : null;
    }
}
