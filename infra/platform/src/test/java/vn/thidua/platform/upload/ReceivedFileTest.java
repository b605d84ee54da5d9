package vn.thidua.platform.upload;

import org.junit.jupiter.api.Test;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.web.RuleMessages;
import vn.thidua.testsupport.files.SampleFiles;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An upload is copied, counted and hashed, and refused empty or one byte over its limit, leaving no file behind. */
class ReceivedFileTest {

    private static ReceivedFile receive(byte[] content, long max) {
        return ReceivedFile.receive(new ByteArrayInputStream(content), max, "thidua-test-", UploadRefusals.FILE);
    }

    @Test
    void receivingCountsAndHashesAndClosingDeletes() throws Exception {
        byte[] pdf = SampleFiles.pdf("x");
        Path path;
        try (ReceivedFile received = receive(pdf, 20L * 1024 * 1024)) {
            path = received.path();
            assertThat(received.sizeBytes()).isEqualTo(pdf.length);
            assertThat(received.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
            assertThat(Files.readAllBytes(path)).isEqualTo(pdf);
        }
        assertThat(path).doesNotExist();
    }

    @Test
    void emptyOrOneByteOverTheLimitIsRefused() {
        assertThatThrownBy(() -> ReceivedFile.receive(InputStream.nullInputStream(), 1000, "thidua-test-",
                UploadRefusals.FILE)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.code()).isEqualTo("empty-file"));
        try (ReceivedFile exactly = receive(new byte[1000], 1000)) {
            assertThat(exactly.sizeBytes()).isEqualTo(1000);
        }
        assertThatThrownBy(() -> receive(new byte[1001], 1000)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.code()).isEqualTo("file-too-large");
            assertThat(v.fields()).extracting(RuleViolation.FieldIssue::field).containsExactly("file");
        });
    }

    @Test
    void limitsAreWordedInMegabytesInBothLanguages() {
        RuleViolation twenty = UploadRefusals.FILE.tooLarge(20L * 1024 * 1024);
        assertThat(RuleMessages.get().text(twenty, Locale.ENGLISH)).isEqualTo("The file exceeds the limit of 20 MB");
        assertThat(RuleMessages.get().text(twenty, RuleMessages.VIETNAMESE))
                .isEqualTo("Tệp vượt quá dung lượng cho phép 20 MB");
        assertThat(RuleMessages.get().text(twenty.fields().get(0), Locale.ENGLISH)).isEqualTo("is larger than 20 MB");
        assertThat(UploadRefusals.megabytes(1536 * 1024)).isEqualTo("1.5 MB");
    }

    @Test
    void aServiceOwnCodesUseItsPrefixForRuleAndField() {
        RuleViolation empty = UploadRefusals.named("report", "report-").empty();
        assertThat(empty.code()).isEqualTo("report-empty");
        assertThat(empty.fields()).extracting(RuleViolation.FieldIssue::field, RuleViolation.FieldIssue::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("report", "report-empty"));
    }
}
