package vn.thidua.registration.application.model;

import vn.thidua.platform.domain.RuleViolation.FieldIssue;

import java.io.InputStream;
import java.util.List;

/** Reads a unit's summary table of models (Bảng tổng hợp) into registrations, one per row (port; .xlsx). */
public interface SummaryTableReader {

    /**
     * Every model row of the file, or nothing: a file that is unreadable, lacks required columns, or has no model
     * rows or too many is refused whole.
     *
     * @throws vn.thidua.platform.domain.InvalidInput code {@code bad-summary-table}, on field {@code file}
     */
    List<TableRow> read(InputStream in, String campaignId);

    /** The column header a request field is read from, for the report; null for none. */
    String column(String field);

    /** One model row: its number as the spreadsheet shows it, what it becomes, and what could not even be read. */
    record TableRow(int number, RegistrationInput input, List<FieldIssue> readIssues) {
    }
}
