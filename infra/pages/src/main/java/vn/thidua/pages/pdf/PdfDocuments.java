package vn.thidua.pages.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a Thymeleaf template (usually laid out with {@code kit/pdf :: document}) as a PDF. The text is set in
 * Liberation Serif, embedded, which carries every Vietnamese letter; no font of the machine is used.
 */
public final class PdfDocuments {

    /** The family templates name in CSS; {@code kit/pdf} already sets it on the body. */
    public static final String FONT_FAMILY = "Liberation Serif";

    private record Face(String file, int weight, FontStyle style) {}

    private static final List<Face> FACES = List.of(
            new Face("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

    private final ITemplateEngine templates;

    public PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The template filled with the variables in the reader's language (texts from the service's messages). */
    public byte[] render(String template, Map<String, ?> variables, Locale locale) {
        Context context = new Context(locale);
        variables.forEach(context::setVariable);
        return print(templates.process(template, context));
    }

    /** Any HTML (jsoup makes it well-formed first) printed as a PDF. */
    public static byte[] print(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (Face face : FACES) {
            builder.useFont(() -> font(face.file()), FONT_FAMILY, face.weight(), face.style(), true);
        }
        builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be printed", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream stream = PdfDocuments.class.getResourceAsStream("/thidua/pages/fonts/" + file);
        if (stream == null) throw new IllegalStateException("Font missing from the page kit: " + file);
        return stream;
    }
}
