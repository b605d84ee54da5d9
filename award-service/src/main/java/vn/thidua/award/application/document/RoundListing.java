package vn.thidua.award.application.document;

import vn.thidua.award.application.AwardProposalView;
import vn.thidua.award.application.RoundSummary;

import java.util.List;

/**
 * A round as its printed documents and its spreadsheet show it: the round with its figures, the council's name,
 * and one row per proposal with the nominee, the unit and the form named (danh sách kèm theo quyết định).
 */
public record RoundListing(RoundSummary summary, String councilName, List<Row> rows) {

    /** One proposal: its number in the list, the nominee as printed, the unit's and the form's names. */
    public record Row(int number, AwardProposalView proposal, String nominee, String unitName, String formName,
                      String authority) {
    }

    /** The approved rows of one decision (by its number), numbered again from 1. */
    public List<Row> approvedIn(String decisionNumber) {
        List<Row> approved = rows.stream().filter(r -> r.proposal().status() == AwardProposalView.ProposalStatus.APPROVED)
                .filter(r -> decisionNumber == null || decisionNumber.equals(r.proposal().decisionNumber())).toList();
        return java.util.stream.IntStream.range(0, approved.size()).mapToObj(i -> {
            Row r = approved.get(i);
            return new Row(i + 1, r.proposal(), r.nominee(), r.unitName(), r.formName(), r.authority());
        }).toList();
    }

    /** The approved total (VND) of those rows. */
    public static long total(List<Row> rows) {
        return rows.stream().map(r -> r.proposal().amount()).filter(java.util.Objects::nonNull)
                .mapToLong(Long::longValue).sum();
    }
}
