package vn.thidua.registration.application.unit;

/**
 * One row of an organisation-tree file, as written there: every value is text (a bad date is the row's fault,
 * reported, not the file's); {@code null} means "column absent", empty "cell empty" (see the service README).
 *
 * @param line the row's line in the file (the header is line 1); null for rows made by the application
 * @param extraValues non-empty values beyond the header's columns (such a row is rejected, not guessed at)
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
