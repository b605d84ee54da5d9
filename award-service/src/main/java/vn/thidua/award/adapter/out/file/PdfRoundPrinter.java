package vn.thidua.award.adapter.out.file;

import org.springframework.stereotype.Component;
import vn.thidua.award.application.document.RoundListing;
import vn.thidua.award.application.document.RoundPrinter;
import vn.thidua.pages.Formats;
import vn.thidua.pages.pdf.PdfDocuments;

import java.util.List;
import java.util.Map;

/**
 * The decision and the certificates printed with the page kit's PDF printer (templates {@code documents/*}),
 * always in Vietnamese: they are the documents the council signs.
 */
@Component
public class PdfRoundPrinter implements RoundPrinter {

    private final PdfDocuments pdf;

    public PdfRoundPrinter(PdfDocuments pdf) {
        this.pdf = pdf;
    }

    @Override
    public byte[] decision(RoundListing listing, List<RoundListing.Row> awarded) {
        return pdf.render("documents/decision", Map.of("listing", listing, "rows", awarded,
                "first", awarded.get(0).proposal(), "total", RoundListing.total(awarded)), Formats.VIETNAMESE);
    }

    @Override
    public byte[] certificates(RoundListing listing, List<RoundListing.Row> awarded) {
        return pdf.render("documents/certificates", Map.of("listing", listing, "rows", awarded), Formats.VIETNAMESE);
    }
}
