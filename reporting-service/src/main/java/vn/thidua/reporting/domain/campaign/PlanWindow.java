package vn.thidua.reporting.domain.campaign;

import java.time.LocalDate;

/** A registration window of a campaign (đợt đăng ký) and its due date (hạn đăng ký). */
public record PlanWindow(String name, LocalDate opensOn, LocalDate dueOn) {
}
