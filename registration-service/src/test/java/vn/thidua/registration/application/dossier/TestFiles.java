package vn.thidua.registration.application.dossier;

import org.springframework.util.unit.DataSize;

/** The dossier's limits for tests; the sample uploads are test-support's {@code SampleFiles}. */
public final class TestFiles {

    private TestFiles() {
    }

    /** The dossier's default limits ({@code thidua.dossier.*} unset). */
    public static DossierProperties defaultLimits() {
        return new DossierProperties(DataSize.ofMegabytes(20), DataSize.ofMegabytes(100), DataSize.ofMegabytes(200),
                100, 1000);
    }
}
