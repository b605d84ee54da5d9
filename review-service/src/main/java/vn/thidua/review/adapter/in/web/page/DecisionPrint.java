package vn.thidua.review.adapter.in.web.page;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.thidua.pages.Downloads;
import vn.thidua.pages.pdf.PdfDocuments;
import vn.thidua.platform.domain.StateConflict;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.platform.tree.UnitNode;
import vn.thidua.review.application.ReviewCaseQueries;
import vn.thidua.review.application.ReviewCaseView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The printed recognition decision (quyết định công nhận) with its attached list, as a PDF on the page kit's
 * printed layout: from any case the decision recognised, listing every case of that decision the reader may see.
 */
@Controller
public class DecisionPrint {

    private final ReviewCaseQueries queries;
    private final PdfDocuments documents;
    private final TreeCopy tree;
    private final PageUnitNames units;

    public DecisionPrint(ReviewCaseQueries queries, PdfDocuments documents, TreeCopy tree, PageUnitNames units) {
        this.queries = queries;
        this.documents = documents;
        this.tree = tree;
        this.units = units;
    }

    @GetMapping("/cases/{reviewCaseId}/decision.pdf")
    public ResponseEntity<byte[]> print(@PathVariable String reviewCaseId) {
        List<ReviewCaseView> listed = queries.decisionOf(reviewCaseId);
        if (listed.isEmpty()) throw new StateConflict("not-recognized");
        ReviewCaseView.Decision decision = listed.get(0).getDecision();
        String issuer = units.of(decision.byUnitId());
        String superior = tree.find(decision.byUnitId()).map(UnitNode::parentId).flatMap(tree::find)
                .map(UnitNode::name).orElse(null);
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", decision);
        variables.put("issuer", issuer);
        variables.put("superior", superior);
        variables.put("cases", listed);
        // printed outside a request: the template gets the units' names, not the bean that finds them
        Map<String, String> names = new HashMap<>();
        listed.forEach(c -> names.put(c.getUnitId(), units.of(c.getUnitId())));
        variables.put("names", names);
        byte[] pdf = documents.render("review/decision-pdf", variables, LocaleContextHolder.getLocale());
        return Downloads.pdf(pdf, "quyet-dinh-" + decision.number().replaceAll("[^\\p{L}\\p{N}-]+", "-") + ".pdf");
    }
}
