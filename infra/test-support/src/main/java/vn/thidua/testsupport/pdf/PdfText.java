package vn.thidua.testsupport.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * A printed document read back as its reader would: its text (Vietnamese letters as printed, whitespace
 * collapsed), its page count, the fonts it uses and whether each is embedded, and a page drawn as an image.
 */
public final class PdfText {

    private final byte[] pdf;

    private PdfText(byte[] pdf) {
        this.pdf = pdf;
    }

    public static PdfText of(byte[] pdf) {
        return new PdfText(pdf);
    }

    /** The whole text, runs of whitespace (line breaks too) collapsed to one space. */
    public String text() {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ").strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int pages() {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of the fonts used on any page that are not embedded (empty when the document prints anywhere). */
    public Set<String> fontsNotEmbedded() {
        Set<String> missing = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded()) missing.add(font.getName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing;
    }

    /** A page (from 0) drawn at 72 dpi, as a viewer would show it. */
    public BufferedImage image(int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImage(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
