package vn.thidua.platform.upload;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.web.RuleMessages;
import vn.thidua.testsupport.files.SampleFiles;

import java.awt.Color;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files are typed by what they contain: real generated files pass, forged ones are named for what they are. */
class ContentTypesTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Map<String, String> ACCEPTED = Map.of("application/pdf", "PDF", DOCX, "DOCX", XLSX, "XLSX",
            "image/png", "PNG", "image/jpeg", "JPEG");

    private static final ContentTypes types = new ContentTypes(ZipLimits.DEFAULT, UploadRefusals.FILE);

    @TempDir Path dir;

    private String accept(String name, byte[] content) {
        return types.accept(SampleFiles.write(dir, name, content),
                detected -> Optional.ofNullable(ACCEPTED.get(ContentTypes.baseType(detected))), "PDF, DOCX, XLSX, JPEG, PNG");
    }

    @Test
    void realFilesOfEachFormatAreRecognised() {
        assertThat(accept("a.pdf", SampleFiles.pdf("Phieu dang ky"))).isEqualTo("PDF");
        assertThat(accept("a.docx", SampleFiles.docx("Phiếu đăng ký mô hình"))).isEqualTo("DOCX");
        assertThat(accept("a.xlsx", SampleFiles.xlsx("Bảng tổng hợp"))).isEqualTo("XLSX");
        assertThat(accept("a.png", SampleFiles.png(Color.RED))).isEqualTo("PNG");
        assertThat(accept("a.jpg", SampleFiles.jpeg(Color.BLUE))).isEqualTo("JPEG");
    }

    @Test
    void theNameIsIgnoredOnlyTheContentCounts() {
        assertThat(accept("anh.pdf", SampleFiles.png(Color.GREEN))).isEqualTo("PNG");
        assertThat(accept("bang.docx", SampleFiles.xlsx("x"))).isEqualTo("XLSX");
        assertThat(accept("no-extension", SampleFiles.pdf("x"))).isEqualTo("PDF");
    }

    @Test
    void anExecutableNamedPdfIsRefusedAsAnExecutable() {
        assertThatThrownBy(() -> accept("Mau-1.pdf", SampleFiles.exe()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.code()).isEqualTo("unsupported-type");
                    assertThat(RuleMessages.get().text(v, Locale.ENGLISH)).contains("application/x-msdownload")
                            .contains("only PDF, DOCX, XLSX, JPEG, PNG are accepted");
                    assertThat(RuleMessages.get().text(v, RuleMessages.VIETNAMESE)).contains("application/x-msdownload");
                    assertThat(v.fields()).extracting(RuleViolation.FieldIssue::field).containsExactly("file");
                });
    }

    @Test
    void aPlainZipNamedXlsxIsRefusedAsAZip() {
        assertThatThrownBy(() -> accept("bang-tong-hop.xlsx", SampleFiles.plainZip()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.code()).isEqualTo("unsupported-type");
                    assertThat(RuleMessages.get().text(v, Locale.ENGLISH)).contains("application/zip");
                });
    }

    @Test
    void textAndHtmlAreRefused() {
        assertThatThrownBy(() -> accept("x.pdf", "<html><script>alert(1)</script></html>".getBytes()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(RuleMessages.get().text(v, Locale.ENGLISH)).contains("text/html"));
        assertThatThrownBy(() -> accept("x.docx", "chỉ là văn bản".getBytes()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(RuleMessages.get().text(v, Locale.ENGLISH)).contains("text/plain"));
    }

    @Test
    void aZipBombNamedDocxIsRefusedBeforeAnythingOpensIt() {
        Path bomb = SampleFiles.zipBombDocx(dir, 300L * 1024 * 1024);
        assertThat(bomb.toFile().length()).isLessThan(2L * 1024 * 1024);
        assertThatThrownBy(() -> types.detect(bomb))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.code()).isEqualTo("zip-bomb");
                    assertThat(RuleMessages.get().text(v, RuleMessages.VIETNAMESE)).contains("bom nén");
                    assertThat(RuleMessages.get().text(v, Locale.ENGLISH)).contains("zip bomb");
                });
    }

    @Test
    void aTruncatedDocxIsRefusedAsDamagedOrUnsupported() {
        byte[] docx = SampleFiles.docx("x");
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        assertThatThrownBy(() -> accept("cut.docx", truncated))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code())
                        .isIn("damaged-file", "unsupported-type"));
    }
}
