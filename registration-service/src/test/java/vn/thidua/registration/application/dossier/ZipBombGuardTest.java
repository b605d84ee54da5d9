package vn.thidua.registration.application.dossier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.web.RuleMessages;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZipBombGuardTest {

    private static final long MB = 1024 * 1024;

    @TempDir Path dir;

    @Test
    void realOfficeDocumentsPass() {
        var guard = new ZipBombGuard(200 * MB, 100, 1000);
        assertThatCode(() -> guard.inspect(TestFiles.write(dir, "a.docx", TestFiles.docx("Phiếu đăng ký"))))
                .doesNotThrowAnyException();
        assertThatCode(() -> guard.inspect(TestFiles.write(dir, "a.xlsx", TestFiles.xlsx("Bảng"))))
                .doesNotThrowAnyException();
    }

    @Test
    void aHighlyCompressedEntryIsABomb() {
        Path bomb = TestFiles.zipBombDocx(dir, 20 * MB);
        assertThatThrownBy(() -> new ZipBombGuard(200 * MB, 100, 1000).inspect(bomb))
                .isInstanceOfSatisfying(RuleViolation.class, v -> org.assertj.core.api.Assertions
                        .assertThat(RuleMessages.get().text(v, Locale.ENGLISH)).contains("ratio above 100:1"));
    }

    @Test
    void tooMuchUnpackedDataIsABombEvenAtAnOrdinaryRatio() {
        Path zip = TestFiles.storedZip(dir, 3, 400 * 1024);
        assertThatCode(() -> new ZipBombGuard(2 * MB, 100, 1000).inspect(zip)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new ZipBombGuard(MB, 100, 1000).inspect(zip))
                .isInstanceOfSatisfying(RuleViolation.class, v -> org.assertj.core.api.Assertions
                        .assertThat(RuleMessages.get().text(v, Locale.ENGLISH)).contains("unpacks to more than 1 MB"));
    }

    @Test
    void tooManyEntriesIsABomb() {
        Path zip = TestFiles.storedZip(dir, 50, 10);
        assertThatCode(() -> new ZipBombGuard(MB, 100, 50).inspect(zip)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new ZipBombGuard(MB, 100, 49).inspect(zip))
                .isInstanceOfSatisfying(RuleViolation.class, v -> org.assertj.core.api.Assertions
                        .assertThat(RuleMessages.get().text(v, Locale.ENGLISH)).contains("50 entries, at most 49"));
    }

    @Test
    void garbageAfterAZipHeaderIsDamaged() {
        Path fake = TestFiles.write(dir, "fake.docx", "PK\u0003\u0004 not really a zip".getBytes());
        assertThatThrownBy(() -> new ZipBombGuard(MB, 100, 10).inspect(fake))
                .isInstanceOfSatisfying(RuleViolation.class, v -> org.assertj.core.api.Assertions
                        .assertThat(v.code()).isEqualTo(UploadRejections.DAMAGED));
    }
}
