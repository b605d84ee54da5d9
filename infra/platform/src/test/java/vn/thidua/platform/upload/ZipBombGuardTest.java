package vn.thidua.platform.upload;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.web.RuleMessages;
import vn.thidua.testsupport.files.SampleFiles;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZipBombGuardTest {

    private static final long MB = 1024 * 1024;

    @TempDir Path dir;

    private static ZipBombGuard guard(long maxUnzipped, int maxRatio, int maxEntries) {
        return new ZipBombGuard(new ZipLimits(maxUnzipped, maxRatio, maxEntries), UploadRefusals.FILE);
    }

    @Test
    void realOfficeDocumentsPass() {
        var guard = guard(200 * MB, 100, 1000);
        assertThatCode(() -> guard.inspect(SampleFiles.write(dir, "a.docx", SampleFiles.docx("Phiếu đăng ký"))))
                .doesNotThrowAnyException();
        assertThatCode(() -> guard.inspect(SampleFiles.write(dir, "a.xlsx", SampleFiles.xlsx("Bảng"))))
                .doesNotThrowAnyException();
    }

    @Test
    void aHighlyCompressedEntryIsABomb() {
        Path bomb = SampleFiles.zipBombDocx(dir, 20 * MB);
        assertThatThrownBy(() -> guard(200 * MB, 100, 1000).inspect(bomb))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(RuleMessages.get().text(v, Locale.ENGLISH))
                        .contains("ratio above 100:1"));
    }

    @Test
    void tooMuchUnpackedDataIsABombEvenAtAnOrdinaryRatio() {
        Path zip = SampleFiles.storedZip(dir, 3, 400 * 1024);
        assertThatCode(() -> guard(2 * MB, 100, 1000).inspect(zip)).doesNotThrowAnyException();
        assertThatThrownBy(() -> guard(MB, 100, 1000).inspect(zip))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(RuleMessages.get().text(v, Locale.ENGLISH))
                        .contains("unpacks to more than 1 MB"));
    }

    @Test
    void tooManyEntriesIsABomb() {
        Path zip = SampleFiles.storedZip(dir, 50, 10);
        assertThatCode(() -> guard(MB, 100, 50).inspect(zip)).doesNotThrowAnyException();
        assertThatThrownBy(() -> guard(MB, 100, 49).inspect(zip))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(RuleMessages.get().text(v, Locale.ENGLISH))
                        .contains("50 entries, at most 49"));
    }

    @Test
    void garbageAfterAZipHeaderIsDamaged() {
        Path fake = SampleFiles.write(dir, "fake.docx", "PK\u0003\u0004 not really a zip".getBytes());
        assertThatThrownBy(() -> guard(MB, 100, 10).inspect(fake))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("damaged-file"));
    }

    @Test
    void aServiceOwnCodesNameItsFieldAndCode() {
        Path bomb = SampleFiles.zipBombDocx(dir, 20 * MB);
        var guard = new ZipBombGuard(ZipLimits.DEFAULT, UploadRefusals.named("report", "report-"));
        assertThatThrownBy(() -> guard.inspect(bomb)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.code()).isEqualTo("report-zip-bomb");
            assertThat(v.fields()).extracting(RuleViolation.FieldIssue::field, RuleViolation.FieldIssue::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("report", "report-zip-bomb"));
        });
    }
}
