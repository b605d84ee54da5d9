package vn.thidua.pages;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The form fragments render the kit's conventions: summary linked to fields, labels above, required marked. */
class FormsFragmentsTest {

    record Issue(String field, String message) {
    }

    private static String render(Map<String, Object> variables) {
        return KitTemplates.engine().process("sample/form", new Context(Locale.forLanguageTag("vi"), variables));
    }

    @Test
    void anErrorSummaryLinksEachFieldAtFaultAndTheFieldSaysWhy() {
        String html = render(Map.of("issues", List.of(new Issue("title", "Nhập tên mô hình")),
                "titleError", "Nhập tên mô hình", "startsOn", LocalDate.of(2025, 3, 1)));
        assertThat(html).contains("id=\"error-summary\"", "Vui lòng sửa các lỗi sau",
                "<a href=\"#title\">Nhập tên mô hình</a>");
        assertThat(html).containsPattern("<label for=\"title\"><span>Tên mô hình</span><abbr class=\"required\"\\s+"
                + "title=\"bắt buộc\">\\*</abbr></label>");
        assertThat(html).contains("id=\"title-error\"", "aria-invalid=\"true\"", "required=\"required\"")
                .containsPattern("aria-describedby=\"title-error\"");
        assertThat(html).contains("value=\"01/03/2025\"", "Ngày/tháng/năm, ví dụ 31/12/2025");
    }

    @Test
    void withoutIssuesThereIsNoSummary() {
        String html = render(Map.of("title", "Dân vận khéo"));
        assertThat(html).doesNotContain("error-summary").contains("value=\"Dân vận khéo\"")
                .doesNotContain("aria-invalid");
    }
}
