package vn.thidua.registration.application.unit;

/**
 * One row of an organisation-tree file, as written there: every value is text (a bad date is the row's
 * fault, reported, not the file's). Columns: {@code code,parent_code,level,kind,name,full_name} and the optional
 * {@code name_en,groups,opened_on,closed_on,successor_code}. A {@code null} value means "column absent", an
 * empty one "column present, cell empty" (an absent groups column leaves groups alone, an empty one clears them).
 *
 * @param line the row's line in the file (the header is line 1); null for rows made by the application
 *             (demo generation, the closures of the 2025 reform)
 * @param extraValues how many non-empty values the row has beyond the header's columns (an unquoted comma
 *                    shifts a row's values: such a row is rejected, not guessed at)
 */
public record UnitRow(Integer line, String code, String parentCode, String level, String kind, String name,
                      String fullName, String nameEn, String groups, String openedOn, String closedOn,
                      String successorCode, int extraValues) {

    /** A row as an application builds it (no line, no English name). */
    public static UnitRow of(String code, String parentCode, String level, String kind, String name, String fullName,
                             String groups, String openedOn, String closedOn, String successorCode) {
        return new UnitRow(null, code, parentCode, level, kind, name, fullName, null, groups, openedOn, closedOn,
                successorCode, 0);
    }

}
