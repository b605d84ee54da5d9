package vn.thidua.award.application.document;

import org.springframework.stereotype.Service;
import vn.thidua.award.application.AwardProposalView;
import vn.thidua.award.application.ModelTitles;
import vn.thidua.award.application.RoundSummary;
import vn.thidua.award.application.catalogue.CatalogueQueries;
import vn.thidua.award.application.round.RoundQueries;
import vn.thidua.award.domain.catalogue.AwardCatalogue;
import vn.thidua.award.domain.catalogue.AwardFormDefinition;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.tree.UnitLookup;
import vn.thidua.platform.tree.UnitNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A round's documents: its list as a spreadsheet, and what the decision and certificates print. Each shows what
 * the caller may read of the round (the round queries check role and unit).
 */
@Service
public class RoundDocuments {

    private final RoundQueries rounds;
    private final CatalogueQueries catalogues;
    private final UnitLookup tree;
    private final RoundSheetWriter sheets;
    private final RoundPrinter printer;
    private final ModelTitles titles;

    public RoundDocuments(RoundQueries rounds, CatalogueQueries catalogues, UnitLookup tree, RoundSheetWriter sheets,
                          RoundPrinter printer, ModelTitles titles) {
        this.titles = titles;
        this.rounds = rounds;
        this.catalogues = catalogues;
        this.tree = tree;
        this.sheets = sheets;
        this.printer = printer;
    }

    public RoundListing listing(String roundId) {
        RoundSummary summary = rounds.round(roundId);
        List<AwardProposalView> proposals = rounds.proposals(roundId, null);
        AwardCatalogue catalogue = catalogues.current();
        List<RoundListing.Row> rows = new ArrayList<>();
        for (AwardProposalView p : proposals) {
            Optional<AwardFormDefinition> form = Optional.ofNullable(p.formCode()).flatMap(catalogue::form);
            rows.add(new RoundListing.Row(rows.size() + 1, p, nominee(p), unitName(p.unitId()),
                    form.map(AwardFormDefinition::name).orElse(p.formCode()),
                    form.map(AwardFormDefinition::authority).orElse("")));
        }
        return new RoundListing(summary, unitName(summary.round().councilUnitId()), rows);
    }

    public byte[] sheet(String roundId) {
        return sheets.write(listing(roundId));
    }

    /**
     * The decision of that number with its awardees; the round is read first (403 out of reach), then a missing
     * number is a 400 and none of that number in the round not found.
     */
    public byte[] decision(String roundId, String decisionNumber) {
        RoundListing listing = listing(roundId);
        if (decisionNumber == null || decisionNumber.isBlank()) {
            throw new vn.thidua.platform.domain.InvalidInput(
                    vn.thidua.platform.domain.RuleViolation.FieldIssue.of("number", "required"));
        }
        List<RoundListing.Row> awarded = listing.approvedIn(decisionNumber);
        if (awarded.isEmpty()) {
            throw new NotFound("quyết định khen thưởng", "award decision", String.valueOf(decisionNumber));
        }
        return printer.decision(listing, awarded);
    }

    /** The certificates of the round's awardees (of one decision when a number is given). */
    public byte[] certificates(String roundId, String decisionNumber) {
        RoundListing listing = listing(roundId);
        List<RoundListing.Row> awarded = listing.approvedIn(decisionNumber);
        if (awarded.isEmpty()) throw new NotFound("giấy khen", "certificate", roundId);
        return printer.certificates(listing, awarded);
    }

    /** The unit's name from this service's tree copy, or its code while the copy has not heard of it. */
    public String unitName(String unitId) {
        return unitId == null ? "" : tree.find(unitId).map(UnitNode::name).orElse(unitId);
    }

    /** A person or collective by name; a model as its unit's collective with the model's title (or short id). */
    private String nominee(AwardProposalView p) {
        if (p.nomineeName() != null && !p.nomineeName().isBlank()) return p.nomineeName();
        if (p.modelId() != null) return "Tập thể " + unitName(p.unitId()) + ", mô hình " + model(p.modelId());
        return unitName(p.unitId());
    }

    /** A model as people know it: “its title”, or its short id while its title has not arrived. */
    public String model(String modelId) {
        return titles.title(modelId).map(t -> "“" + t + "”").orElse(shortId(modelId));
    }

    private static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }
}
