package vn.thidua.registration.domain.dossier;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    /** Every letter of the Vietnamese alphabet with every tone, lower and upper case, precomposed. */
    static final String VIETNAMESE_LETTERS =
            "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
                    + "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ";

    @Property(tries = 2000)
    void neverContainsPathSeparatorsOrControlCharactersAndIsNeverEmpty(@ForAll("anyName") String uploaded,
                                                                         @ForAll DocumentFormat format) {
        String safe = FileNames.sanitise(uploaded, format);
        assertThat(safe).doesNotContain("/", "\\", "\0");
        assertThat(safe.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.FORMAT)).isTrue();
        assertThat(safe).matches(s -> !s.startsWith(".") && !s.startsWith(" "), "does not start with a dot or space");
        assertThat(safe).endsWith("." + format.extension());
        assertThat(safe.length()).isGreaterThan(format.extension().length() + 1);
        assertThat(safe.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(Normalizer.isNormalized(safe, Normalizer.Form.NFC)).isTrue();
        assertThat(safe).doesNotContainPattern("[<>:\"|?*%;]");
    }

    @Property(tries = 500)
    void keepsVietnameseLettersAsTheyAre(@ForAll("vietnameseWords") String words) {
        assertThat(FileNames.sanitise(words + ".pdf", DocumentFormat.PDF)).isEqualTo(words + ".pdf");
        String decomposed = Normalizer.normalize(words, Normalizer.Form.NFD);
        assertThat(FileNames.sanitise(decomposed + ".PDF", DocumentFormat.PDF)).isEqualTo(words + ".pdf");
    }

    @Property(tries = 500)
    void isStable(@ForAll("anyName") String uploaded, @ForAll DocumentFormat format) {
        String once = FileNames.sanitise(uploaded, format);
        assertThat(FileNames.sanitise(once, format)).isEqualTo(once);
    }

    @Property(tries = 500)
    void asciiFallbackIsPlainPrintableAscii(@ForAll("anyName") String uploaded) {
        String ascii = FileNames.asciiFallback(FileNames.sanitise(uploaded, DocumentFormat.DOCX));
        assertThat(ascii).isNotBlank().matches("[\\x20-\\x7e]+").doesNotContain("\"", "\\", "%", ";");
    }

    @Provide
    Arbitrary<String> anyName() {
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(400);
        Arbitrary<String> tricky = Arbitraries.strings()
                .withChars("/\\.:*?\"<>|\u0000\u0007\u001f\u007f\u202e\u200b\ufeff \t\n%;")
                .withChars(VIETNAMESE_LETTERS).withCharRange('a', 'z').ofMaxLength(60);
        Arbitrary<String> paths = Arbitraries.of("../../etc/passwd", "C:\\fakepath\\Mẫu 1.pdf", "..", ".", "",
                "CON.pdf", "nul", " .pdf", "exe\u202Efdp.exe", "///", "\\\\server\\share\\x.docx");
        return Arbitraries.oneOf(anything, tricky, paths);
    }

    @Provide
    Arbitrary<String> vietnameseWords() {
        return Arbitraries.strings().withChars(VIETNAMESE_LETTERS).ofMinLength(1).ofMaxLength(12)
                .list().ofMinSize(1).ofMaxSize(5).map(words -> String.join(" ", words));
    }

    @Example
    void cutsOffPathsAndKeepsTheName() {
        assertThat(FileNames.sanitise("C:\\fakepath\\Phiếu đăng ký Mẫu 1.pdf", DocumentFormat.PDF))
                .isEqualTo("Phiếu đăng ký Mẫu 1.pdf");
        assertThat(FileNames.sanitise("../../etc/passwd", DocumentFormat.PDF)).isEqualTo("passwd.pdf");
        assertThat(FileNames.sanitise("..", DocumentFormat.PDF)).isEqualTo("tai-lieu.pdf");
        assertThat(FileNames.sanitise(null, DocumentFormat.PNG)).isEqualTo("tai-lieu.png");
    }

    @Example
    void theExtensionFollowsTheContent() {
        assertThat(FileNames.sanitise("ảnh hội nghị.JPEG", DocumentFormat.JPEG)).isEqualTo("ảnh hội nghị.jpg");
        assertThat(FileNames.sanitise("báo cáo.pdf", DocumentFormat.DOCX)).isEqualTo("báo cáo.pdf.docx");
        assertThat(FileNames.sanitise("Báo cáo v1.2", DocumentFormat.XLSX)).isEqualTo("Báo cáo v1.2.xlsx");
    }

    @Example
    void dropsInvisibleCharactersAndReplacesReserved() {
        assertThat(FileNames.sanitise("hoa-don\u202Efdp.exe", DocumentFormat.PDF)).isEqualTo("hoa-donfdp.exe.pdf");
        assertThat(FileNames.sanitise("a<b>:c|d?e*f\"g.pdf", DocumentFormat.PDF)).isEqualTo("a_b_c_d_e_f_g.pdf");
        assertThat(FileNames.sanitise("CON.pdf", DocumentFormat.PDF)).isEqualTo("_CON.pdf");
        assertThat(FileNames.sanitise("  tab\there  .pdf", DocumentFormat.PDF)).isEqualTo("tab here.pdf");
        // a letter and its mark brought together by dropping what was between them are composed (NFC)
        assertThat(FileNames.sanitise("a\u200B\u0301.pdf", DocumentFormat.PDF)).isEqualTo("\u00e1.pdf");
        assertThat(FileNames.sanitise("a \u200B b.pdf", DocumentFormat.PDF)).isEqualTo("a b.pdf");
    }

    @Example
    void limitsTheLengthWithoutBreakingLetters() {
        String safe = FileNames.sanitise("ệ".repeat(300) + ".pdf", DocumentFormat.PDF);
        assertThat(safe).isEqualTo("ệ".repeat(66) + ".pdf");
    }

    @Example
    void asciiFallbackDropsMarks() {
        assertThat(FileNames.asciiFallback("Phiếu đăng ký Mẫu 1.pdf")).isEqualTo("Phieu dang ky Mau 1.pdf");
        assertThat(FileNames.asciiFallback("Đơn vị 漢字.pdf")).isEqualTo("Don vi _.pdf");
    }
}
