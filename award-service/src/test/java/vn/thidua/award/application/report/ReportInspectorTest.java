package vn.thidua.award.application.report;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.upload.ReceivedFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A report is taken by its content within its limits, and stored under a safe name. */
class ReportInspectorTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final ReportInspector inspector = new ReportInspector(DataSize.ofKilobytes(64));

    private ReportFormat formatOf(byte[] content) {
        try (ReceivedFile file = inspector.receive(new ByteArrayInputStream(content))) {
            return inspector.inspect(file.path());
        }
    }

    private static String refusal(ThrowingRunnable action) {
        try {
            action.run();
        } catch (InvalidInput refused) {
            assertThat(refused.fields()).extracting(f -> f.field()).containsExactly("report");
            return refused.code();
        } catch (Exception other) {
            throw new AssertionError(other);
        }
        throw new AssertionError("accepted");
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void aPdfIsAPdfWhateverItIsCalled() {
        assertThat(formatOf(PDF)).isEqualTo(ReportFormat.PDF);
    }

    @Test
    void emptyTooLargeOrOtherFilesAreRefused() {
        assertThat(refusal(() -> formatOf(new byte[0]))).isEqualTo("report-empty");
        assertThat(refusal(() -> formatOf(new byte[65 * 1024]))).isEqualTo("report-too-large");
        assertThat(refusal(() -> formatOf("MZ this is a program".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("report-unsupported");
        assertThat(refusal(() -> formatOf("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("report-unsupported");
    }

    @Test
    void aZipThatGrowsBeyondReasonIsABomb() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write(new byte[20 * 1024 * 1024]);
            out.closeEntry();
        }
        assertThat(zip.size()).isLessThan(64 * 1024);
        assertThat(refusal(() -> formatOf(zip.toByteArray()))).isEqualTo("report-zip-bomb");
    }

    @Test
    void storedNamesKeepVietnameseLettersAndLoseEverythingElseUnsafe() {
        assertThat(ProposalReports.safeName("C:\\tmp\\Báo cáo thành tích.docx", ReportFormat.PDF))
                .isEqualTo("Báo cáo thành tích.pdf");
        assertThat(ProposalReports.safeName("../../etc/passwd", ReportFormat.PNG)).isEqualTo("passwd.png");
        assertThat(ProposalReports.safeName("bao\u202Ecod.exe", ReportFormat.JPEG)).isEqualTo("baocod.jpg");
        assertThat(ProposalReports.safeName("<script>.pdf", ReportFormat.PDF)).isEqualTo("_script_.pdf");
        assertThat(ProposalReports.safeName(null, ReportFormat.DOCX)).isEqualTo("bao-cao-thanh-tich.docx");
        assertThat(ProposalReports.safeName("a".repeat(500), ReportFormat.PDF)).hasSize(124);
    }
}
