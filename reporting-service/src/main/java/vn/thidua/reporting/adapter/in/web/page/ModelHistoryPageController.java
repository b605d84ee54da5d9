package vn.thidua.reporting.adapter.in.web.page;

import vn.thidua.platform.domain.NotFound;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.thidua.reporting.adapter.in.web.history.ModelActionTexts;
import vn.thidua.reporting.application.history.ModelHistoryQueries;

import java.util.Locale;

/** A model's history as a page (lịch sử mô hình): the same answer as GET /api/models/{id}/history. */
@Controller
@Hidden
public class ModelHistoryPageController {

    private final ModelHistoryQueries queries;
    private final ModelActionTexts texts;

    public ModelHistoryPageController(ModelHistoryQueries queries, ModelActionTexts texts) {
        this.queries = queries;
        this.texts = texts;
    }

    @GetMapping("/models/{modelId}/history")
    public String history(@PathVariable String modelId, Locale locale, Model model, HttpServletResponse response) {
        return queries.history(modelId).map(history -> {
            model.addAttribute("history", HistoryView.of(history, locale, texts));
            return "history";
        }).orElseThrow(() -> new NotFound("mô hình", "model", modelId)); // refused like one outside the subtree
    }
}
