package vn.thidua.registration.application.unit;

import java.util.List;

/**
 * The port that reads an uploaded organisation-tree file (CSV or .xlsx) into rows. A file that cannot be read as
 * such a table at all is refused with an {@link vn.thidua.platform.domain.InvalidInput} naming the field
 * {@code file}; problems of single rows are left to the import, which reports them per row.
 */
public interface UnitFileParser {

    /** What was read: the format ("csv" or "xlsx") and the rows, in file order. */
    record UnitFile(String format, List<UnitRow> rows) {
    }

    UnitFile read(String fileName, byte[] content);
}
