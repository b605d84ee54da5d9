package vn.thidua.registration.domain.campaign;

import vn.thidua.contracts.RegistrationWindow;

import java.time.LocalDate;
import java.util.List;

/**
 * A registration window (đợt đăng ký), e.g. "Đợt 1" due 31/8/2023: registrations are accepted from {@code opensOn};
 * after {@code dueOn} they are still accepted but flagged late. Values may be missing in a command (they are
 * validated); in events they are always present.
 */
public record CampaignWindow(String name, LocalDate opensOn, LocalDate dueOn) {

    /** The windows as the published language and the views carry them. */
    public static List<RegistrationWindow> published(List<CampaignWindow> windows) {
        return windows == null ? List.of()
                : windows.stream().map(w -> new RegistrationWindow(w.name(), w.opensOn(), w.dueOn())).toList();
    }
}
