package vn.thidua.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.domain.StateConflict;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class RuleMessagesTest {

    private final RuleMessages messages = RuleMessages.get();

    @Test
    void namesTheFieldsAtFaultInBothLanguages() {
        InvalidInput invalid = new InvalidInput(FieldIssue.of("title", "NotBlank"), FieldIssue.of("size", "Size", 1, 200));

        assertThat(messages.text(invalid, RuleMessages.VIETNAMESE)).isEqualTo("Dữ liệu không hợp lệ ở các trường: title, size");
        assertThat(messages.text(invalid, Locale.ENGLISH)).isEqualTo("Invalid input in fields: title, size");
        assertThat(messages.resolve(invalid.fields())).containsExactly(
                new RuleMessages.ResolvedField("title", "không được để trống", "must not be blank"),
                new RuleMessages.ResolvedField("size", "có độ dài không hợp lệ (từ 1 đến 200)",
                        "has an invalid length (from 1 to 200)"));
    }

    @Test
    void theStatusIsTheViolationsKindNotAGuess() {
        assertThat(Problems.statusOf(new InvalidInput("validation", List.of()))).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Problems.statusOf(new StateConflict("closed", List.of(FieldIssue.of("x", "invalid")))))
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void anUnknownCodeFallsBackToItsKeyRatherThanFailing() {
        assertThat(messages.text(new StateConflict("no-such-code"), Locale.ENGLISH)).isEqualTo("rule.no-such-code");
    }

    @Test
    void genericProblemsComeFromTheBundle() {
        var problem = Problems.of(HttpStatus.FORBIDDEN, "forbidden");
        assertThat(problem.getProperties()).containsEntry("messageVi", "Không có quyền thực hiện thao tác này trên đơn vị này")
                .containsEntry("messageEn", "Not allowed to do this for this unit");
    }
}
