package vn.thidua.registration.application.unit;

import vn.thidua.platform.domain.RuleViolation;

import java.util.List;

/**
 * The uploaded file as a whole cannot be read as an organisation tree (not CSV, broken .xlsx, wrong columns,
 * empty): nothing is imported. A 400 problem naming the field {@code file} and saying why.
 */
public class UnitFileRejected extends RuleViolation {

    public UnitFileRejected(String code, String messageVi, String messageEn) {
        super(code, "Không thể nhập tệp: " + messageVi, "The file cannot be imported: " + messageEn,
                List.of(new FieldIssue("file", messageVi, messageEn)));
    }
}
