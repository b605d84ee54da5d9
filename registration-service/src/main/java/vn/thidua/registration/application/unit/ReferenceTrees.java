package vn.thidua.registration.application.unit;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.NotFound;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The organisation trees bundled with the service ({@code reference-data/*.csv}): Vietnam's administrative units
 * before and after the 2025-07-01 reform. They are the demo data and can be imported like any file.
 */
@Service
public class ReferenceTrees {

    /**
     * A bundled tree.
     *
     * @param effectiveOn when its units are imported as opened: the 2025-03-01 snapshot stands for the three-tier
     *                    tree of the seeds' campaigns (2020–2025), hence 2020-01-01; the reformed tree opens 2025-07-01
     */
    public record ReferenceTree(String name, String resource, LocalDate effectiveOn, String descriptionVi,
                                String descriptionEn) {
    }

    public static final String BEFORE_REFORM = "vn-units-2025-03-01";
    public static final String AFTER_REFORM = "vn-units-2025-07-01";

    public static final List<ReferenceTree> ALL = List.of(
            new ReferenceTree(BEFORE_REFORM, "reference-data/vn-units-2025-03-01.csv", LocalDate.of(2020, 1, 1),
                    "Đơn vị hành chính ba cấp (01/03/2025): 63 tỉnh, 696 huyện, 10.035 xã",
                    "Three-tier administrative units (2025-03-01): 63 provinces, 696 districts, 10,035 communes"),
            new ReferenceTree(AFTER_REFORM, "reference-data/vn-units-2025-07-01.csv", LocalDate.of(2025, 7, 1),
                    "Đơn vị hành chính hai cấp (01/07/2025): 34 tỉnh, thành phố, 3.321 xã, phường, đặc khu",
                    "Two-tier administrative units (2025-07-01): 34 provinces and cities, 3,321 communes"));

    private final UnitFileParser files;

    public ReferenceTrees(UnitFileParser files) {
        this.files = files;
    }

    public List<ReferenceTree> all() {
        return ALL;
    }

    public Optional<ReferenceTree> find(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public ReferenceTree tree(String name) {
        return find(name).orElseThrow(() -> NotFound.referenceData("cây đơn vị tham chiếu", "reference tree", name));
    }

    /** The tree's rows, as its CSV file has them. */
    public List<UnitRow> rows(String name) {
        ReferenceTree tree = tree(name);
        try (InputStream in = new ClassPathResource(tree.resource()).getInputStream()) {
            return files.read(tree.name() + ".csv", in.readAllBytes()).rows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
