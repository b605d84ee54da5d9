package vn.thidua.registration.domain.model;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.domain.StateConflict;
import vn.thidua.platform.web.RuleMessages;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The model rules' texts as users read them, from the bundles, in both languages. */
class ModelRuleTextsTest {

    private static final RuleMessages MESSAGES = RuleMessages.get();
    private static final Locale VI = RuleMessages.VIETNAMESE;
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void stateConflictsReadAsBefore() {
        assertThat(MESSAGES.text(new StateConflict("review-started"), EN))
                .isEqualTo("The model's review has started (it was recognised): its registration can no longer be amended");
        assertThat(MESSAGES.text(new StateConflict("not-managing-unit", "D198"), VI))
                .isEqualTo("Chỉ đơn vị quản lý trực tiếp (D198) mới được xác nhận nội dung mô hình");
        assertThat(MESSAGES.text(new StateConflict("model-withdrawn"), VI)).isEqualTo("Mô hình đã rút đăng ký");
    }

    @Test
    void numbersAndDatesInFieldTextsAreWrittenPlainly() {
        assertThat(MESSAGES.text(ModelRules.tooLong("reason", ModelRules.REASON_MAX), VI)).isEqualTo("dài quá 1000 ký tự");
        assertThat(MESSAGES.text(ModelRules.tooLong("reason", ModelRules.REASON_MAX), EN))
                .isEqualTo("must be at most 1000 characters");
        FieldIssue range = FieldIssue.of("startDate", "model-start-date-range", "01/01/2000", "01/03/2034",
                "2000-01-01", "2034-03-01");
        assertThat(MESSAGES.text(range, VI)).isEqualTo("phải trong khoảng từ 01/01/2000 đến 01/03/2034");
        assertThat(MESSAGES.text(range, EN)).isEqualTo("must be between 2000-01-01 and 2034-03-01");
    }

    @Test
    void aMissingValueAndSeveralBadFieldsUseThePlatformsWording() {
        InvalidInput invalid = ModelRules.invalid(List.of(ModelRules.required("title"), ModelRules.required("field")));
        assertThat(MESSAGES.text(invalid, VI)).isEqualTo("Dữ liệu không hợp lệ ở các trường: title, field");
        assertThat(MESSAGES.resolve(invalid.fields())).extracting(RuleMessages.ResolvedField::messageEn)
                .containsExactly("is required", "is required");
    }

    @Test
    void aBadSummaryTableNamesItsProblemInTheRuleText() {
        InvalidInput bad = new InvalidInput("bad-summary-table",
                List.of(FieldIssue.of("file", "summary-table-too-many-rows", "1000")),
                new DefaultMessageSourceResolvable(new String[] {"field.summary-table-too-many-rows"}, new Object[] {"1000"}));
        assertThat(MESSAGES.text(bad, VI)).isEqualTo("Tệp bảng tổng hợp có quá 1000 dòng mô hình; hãy chia thành nhiều tệp");
        assertThat(MESSAGES.text(bad, EN))
                .isEqualTo("The summary table file has more than 1000 model rows; split it into several files");
    }
}
