package vn.thidua.award.application.document;

import java.util.List;

/** Prints a round's documents as PDF (port; the page kit's PDF printer in {@code adapter/out/file}). */
public interface RoundPrinter {

    /** The decision (quyết định khen thưởng) with its attached list of awardees and amounts. */
    byte[] decision(RoundListing listing, List<RoundListing.Row> awarded);

    /** One certificate (giấy khen, bằng khen) per awardee, one page each. */
    byte[] certificates(RoundListing listing, List<RoundListing.Row> awarded);
}
