package vn.thidua.registration.domain.campaign;

import org.junit.jupiter.api.Test;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.StateConflict;
import vn.thidua.platform.web.RuleMessages;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The campaign rules worded from the bundles, in both languages, as users have always read them. */
class CampaignRuleTextsTest {

    private final RuleMessages messages = RuleMessages.get();

    private String vi(vn.thidua.platform.domain.RuleViolation violation) {
        return messages.text(violation, RuleMessages.VIETNAMESE);
    }

    private String en(vn.thidua.platform.domain.RuleViolation violation) {
        return messages.text(violation, Locale.ENGLISH);
    }

    @Test
    void theRefusedChangeChoosesTheWording() {
        assertThat(vi(new InvalidInput(Campaign.INVALID_CAMPAIGN, List.of(), Campaign.LAUNCH)))
                .isEqualTo("Thông tin phong trào thi đua không hợp lệ");
        assertThat(en(new InvalidInput(Campaign.INVALID_CAMPAIGN, List.of(), Campaign.AMEND)))
                .isEqualTo("The campaign amendment is invalid");
        assertThat(vi(new StateConflict(Campaign.CLOSED, Campaign.AMEND)))
                .isEqualTo("Phong trào đã kết thúc, không thể điều chỉnh");
        assertThat(vi(new StateConflict(Campaign.CLOSED, Campaign.CLOSE))).isEqualTo("Phong trào đã kết thúc trước đó");
    }

    @Test
    void fieldTextsShowDatesAndNumbersAsBefore() {
        var windows = List.of(new CampaignWindow("Đợt 1", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 8, 31)),
                new CampaignWindow("Đợt 2", LocalDate.of(2023, 8, 1), LocalDate.of(2023, 7, 1)));
        var launch = new LaunchCampaignCommand("thu-nghiem", "D464", "Tên", "x".repeat(4001), 2023, 2025, windows, List.of(),
                List.of(), 1);

        var issues = messages.resolve(CampaignRules.launchIssues(launch));

        assertThat(issues).extracting(RuleMessages.ResolvedField::messageVi).containsExactly(
                "dài tối đa 4000 ký tự", "không được trước ngày mở đăng ký (01/08/2023)");
        assertThat(issues).extracting(RuleMessages.ResolvedField::messageEn).containsExactly(
                "must be at most 4000 characters", "must not be before the opening day (2023-08-01)");
        var overlapping = List.of(windows.get(0),
                new CampaignWindow("Đợt 2", LocalDate.of(2023, 8, 1), LocalDate.of(2023, 9, 1)));
        var overlap = messages.resolve(CampaignRules.launchIssues(new LaunchCampaignCommand("thu-nghiem", "D464", "Tên", null,
                2023, 2025, overlapping, List.of(), List.of(), 1)));
        assertThat(overlap).singleElement().satisfies(issue -> {
            assertThat(issue.messageVi()).isEqualTo("trùng thời gian với đợt \"Đợt 1\" (01/01/2023 – 31/08/2023)");
            assertThat(issue.messageEn()).isEqualTo("overlaps window \"Đợt 1\" (2023-01-01 – 2023-08-31)");
        });
    }
}
