package vn.thidua.reporting.adapter.in.web.admin;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.thidua.reporting.adapter.in.kafka.ProjectionRebuild;
import vn.thidua.reporting.application.ProjectionGenerations;

/**
 * The administrator's rebuild page (dựng lại số liệu): the generation in use, the last rebuild's progress (records
 * read of those on the topics when it started) and a button that starts one. {@code /js/rebuild.js} polls
 * {@code /admin/rebuild/progress} to move the bar; answers come from the generation in use until the switch.
 */
@Controller
@Hidden
public class RebuildPageController {

    static final String PATH = "/admin/rebuild";

    /** What the page and its JSON show. */
    public record RebuildStatus(String active, String state, String generation, long read, long total, int percent) {

        static RebuildStatus of(ProjectionGenerations generations, ProjectionRebuild.Progress progress) {
            return new RebuildStatus(generations.active(), progress.state(), progress.generation(), progress.read(),
                    progress.total(), progress.state().equals("idle") ? 0 : progress.percent());
        }
    }

    private final ProjectionRebuild rebuild;
    private final ProjectionGenerations generations;

    public RebuildPageController(ProjectionRebuild rebuild, ProjectionGenerations generations) {
        this.rebuild = rebuild;
        this.generations = generations;
    }

    @GetMapping(PATH)
    public String page(Model model) {
        model.addAttribute("status", status());
        return "rebuild";
    }

    @GetMapping(value = PATH + "/progress", produces = "application/json")
    @ResponseBody
    public RebuildStatus progress() {
        return status();
    }

    /** Starts a rebuild unless one runs (then the page simply shows it). */
    @PostMapping(PATH)
    public String start() {
        synchronized (rebuild) {
            if (!rebuild.progress().state().equals("running")) rebuild.start();
        }
        return "redirect:" + PATH;
    }

    private RebuildStatus status() {
        return RebuildStatus.of(generations, rebuild.progress());
    }
}
