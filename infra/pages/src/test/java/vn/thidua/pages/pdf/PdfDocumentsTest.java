package vn.thidua.pages.pdf;

import org.junit.jupiter.api.Test;
import vn.thidua.pages.KitTemplates;
import vn.thidua.testsupport.pdf.PdfText;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A decision printed through the kit reads back with its Vietnamese letters, on embedded fonts, with ink. */
class PdfDocumentsTest {

    private static final List<String> MODELS = List.of("Dân vận khéo trong xây dựng nông thôn mới",
            "Phụ nữ Vĩnh Giang giữ gìn đường làng xanh – sạch – đẹp", "Đoàn viên thanh niên với người cao tuổi");

    private static PdfText decision(Locale locale) {
        return PdfText.of(new PdfDocuments(KitTemplates.engine()).render("sample/decision", Map.of(
                "number", "125-QĐ/HU", "day", LocalDate.of(2025, 3, 5), "models", MODELS,
                "recipients", List.of("Như Điều 3;", "Lưu Văn phòng Huyện ủy.")), locale));
    }

    @Test
    void theTextReadsBackWithEveryVietnameseLetter() {
        assertThat(decision(Locale.forLanguageTag("vi")).text()).contains("ĐẢNG CỘNG SẢN VIỆT NAM",
                "HUYỆN ỦY VĨNH LINH", "Số: 125-QĐ/HU", "Vĩnh Linh, ngày 05 tháng 03 năm 2025", "QUYẾT ĐỊNH",
                "Phụ nữ Vĩnh Giang giữ gìn đường làng xanh – sạch – đẹp", "1.490.000 đ", "Nơi nhận:",
                "Nguyễn Thị Hương");
    }

    @Test
    void everyFontIsEmbeddedAndThePageCarriesInk() {
        PdfText pdf = decision(Locale.forLanguageTag("vi"));
        assertThat(pdf.fontsNotEmbedded()).isEmpty();
        assertThat(pdf.pages()).isEqualTo(1);
        BufferedImage page = pdf.image(0);
        assertThat(page.getWidth()).as("A4 width at 72 dpi").isBetween(594, 596);
        assertThat(darkPixels(page)).as("printed ink on the page").isGreaterThan(2_000);
    }

    @Test
    void anEnglishReaderGetsTheEnglishMottoAndDate() {
        assertThat(decision(Locale.ENGLISH).text()).contains("COMMUNIST PARTY OF VIET NAM", "No. 125-QĐ/HU",
                "5 March 2025", "1,490,000 VND");
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) dark++;
            }
        }
        return dark;
    }
}
