package vn.thidua.registration.domain.campaign;

import java.time.LocalDate;

/**
 * A registration window (đợt đăng ký), e.g. "Đợt 1" due 31/8/2023: registrations are accepted from {@code opensOn};
 * after {@code dueOn} they are still accepted but flagged late. Values may be missing in a command (they are
 * validated); in events they are always present.
 */
public record CampaignWindow(String name, LocalDate opensOn, LocalDate dueOn) {
}
