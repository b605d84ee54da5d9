package vn.thidua.reporting.adapter.in.web.page;

import vn.thidua.platform.domain.NotFound;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.thidua.reporting.application.page.CoveragePageQueries;

import java.util.Locale;

/**
 * Plain server-rendered pages over the same queries as the JSON API, so a board officer sees a campaign's coverage
 * in a browser: the list of campaigns and one campaign's coverage (độ bao phủ). An unknown campaign renders a 404
 * page, not problem+json: the not-found case is handled here, never thrown to the platform's error advice.
 */
@Controller
@Hidden
public class CoveragePageController {

    private final CoveragePageQueries queries;

    public CoveragePageController(CoveragePageQueries queries) {
        this.queries = queries;
    }

    @GetMapping({"/", "/campaigns"})
    public String campaigns(Model model) {
        model.addAttribute("campaigns", queries.launchedCampaigns());
        return "campaigns";
    }

    /** The "type a campaign id" form of the campaigns page. */
    @GetMapping("/campaigns/find")
    public String find(@RequestParam(required = false) String campaignId) {
        if (campaignId == null || campaignId.isBlank()) return "redirect:/campaigns";
        return "redirect:" + UriComponentsBuilder.fromPath("/campaigns/{id}/coverage")
                .buildAndExpand(campaignId.strip()).encode().toUriString();
    }

    @GetMapping("/campaigns/{campaignId}/coverage")
    public String coverage(@PathVariable String campaignId, Locale locale, Model model,
                           HttpServletResponse response) {
        return queries.page(campaignId).map(page -> {
            model.addAttribute("coverage", CoverageView.of(page, locale));
            return "coverage";
        }).orElseThrow(() -> new NotFound("phong trào", "campaign", campaignId)); // refused like one outside the subtree
    }
}
