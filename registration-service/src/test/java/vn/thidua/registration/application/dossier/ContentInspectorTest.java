package vn.thidua.registration.application.dossier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.web.RuleMessages;
import vn.thidua.registration.domain.dossier.DocumentFormat;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files are accepted by what they contain: real generated files pass, forged ones are named for what they are. */
class ContentInspectorTest {

    private static final ContentInspector inspector = new ContentInspector(TestFiles.defaultLimits());

    @TempDir Path dir;

    private DocumentFormat inspect(String name, byte[] content) {
        return inspector.inspect(TestFiles.write(dir, name, content));
    }

    @Test
    void realFilesOfEachAcceptedFormatAreRecognised() {
        assertThat(inspect("a.pdf", TestFiles.pdf("Phieu dang ky"))).isEqualTo(DocumentFormat.PDF);
        assertThat(inspect("a.docx", TestFiles.docx("Phiếu đăng ký mô hình"))).isEqualTo(DocumentFormat.DOCX);
        assertThat(inspect("a.xlsx", TestFiles.xlsx("Bảng tổng hợp"))).isEqualTo(DocumentFormat.XLSX);
        assertThat(inspect("a.png", TestFiles.png(Color.RED))).isEqualTo(DocumentFormat.PNG);
        assertThat(inspect("a.jpg", TestFiles.jpeg(Color.BLUE))).isEqualTo(DocumentFormat.JPEG);
    }

    @Test
    void theNameIsIgnoredOnlyTheContentCounts() {
        assertThat(inspect("anh.pdf", TestFiles.png(Color.GREEN))).isEqualTo(DocumentFormat.PNG);
        assertThat(inspect("bang.docx", TestFiles.xlsx("x"))).isEqualTo(DocumentFormat.XLSX);
        assertThat(inspect("no-extension", TestFiles.pdf("x"))).isEqualTo(DocumentFormat.PDF);
    }

    @Test
    void anExecutableNamedPdfIsRefusedAsAnExecutable() {
        assertThatThrownBy(() -> inspect("Mau-1.pdf", TestFiles.exe()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.code()).isEqualTo(UploadRejections.UNSUPPORTED);
                    assertThat(RuleMessages.get().text(v, Locale.ENGLISH)).contains("application/x-msdownload");
                    assertThat(RuleMessages.get().text(v, RuleMessages.VIETNAMESE)).contains("application/x-msdownload");
                    assertThat(v.fields()).extracting(RuleViolation.FieldIssue::field).containsExactly("file");
                });
    }

    @Test
    void aPlainZipNamedXlsxIsRefusedAsAZip() {
        assertThatThrownBy(() -> inspect("bang-tong-hop.xlsx", TestFiles.plainZip()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.code()).isEqualTo(UploadRejections.UNSUPPORTED);
                    assertThat(RuleMessages.get().text(v, Locale.ENGLISH)).contains("application/zip");
                });
    }

    @Test
    void textAndHtmlAreRefused() {
        assertThatThrownBy(() -> inspect("x.pdf", "<html><script>alert(1)</script></html>".getBytes()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(RuleMessages.get().text(v, Locale.ENGLISH)).contains("text/html"));
        assertThatThrownBy(() -> inspect("x.docx", "chỉ là văn bản".getBytes()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(RuleMessages.get().text(v, Locale.ENGLISH)).contains("text/plain"));
    }

    @Test
    void aZipBombNamedDocxIsRefusedBeforeAnythingOpensIt() {
        Path bomb = TestFiles.zipBombDocx(dir, 300L * 1024 * 1024);
        assertThat(bomb.toFile().length()).isLessThan(2L * 1024 * 1024);
        assertThatThrownBy(() -> inspector.inspect(bomb))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.code()).isEqualTo(UploadRejections.ZIP_BOMB);
                    assertThat(RuleMessages.get().text(v, RuleMessages.VIETNAMESE)).contains("bom nén");
                    assertThat(RuleMessages.get().text(v, Locale.ENGLISH)).contains("zip bomb");
                });
    }

    @Test
    void aTruncatedDocxIsRefusedAsDamagedOrUnsupported() {
        byte[] docx = TestFiles.docx("x");
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);
        assertThatThrownBy(() -> inspect("cut.docx", truncated))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code())
                        .isIn(UploadRejections.DAMAGED, UploadRejections.UNSUPPORTED));
    }

    @Test
    void receivingCountsAndHashesAndRefusesEmptyOrTooLarge() throws Exception {
        byte[] pdf = TestFiles.pdf("x");
        try (ReceivedFile received = inspector.receive(new ByteArrayInputStream(pdf))) {
            assertThat(received.sizeBytes()).isEqualTo(pdf.length);
            assertThat(received.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
            assertThat(Files.readAllBytes(received.path())).isEqualTo(pdf);
        }
        assertThatThrownBy(() -> inspector.receive(InputStream.nullInputStream()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo(UploadRejections.EMPTY));

        var small = new ContentInspector(new DossierProperties(org.springframework.util.unit.DataSize.ofBytes(1000),
                org.springframework.util.unit.DataSize.ofMegabytes(1), org.springframework.util.unit.DataSize.ofMegabytes(1), 100, 10));
        assertThat(small.receive(new ByteArrayInputStream(new byte[1000])).sizeBytes()).isEqualTo(1000);
        assertThatThrownBy(() -> small.receive(new ByteArrayInputStream(new byte[1001])))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo(UploadRejections.TOO_LARGE));
    }
}
