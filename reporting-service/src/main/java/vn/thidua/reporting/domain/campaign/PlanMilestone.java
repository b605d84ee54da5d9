package vn.thidua.reporting.domain.campaign;

import java.time.LocalDate;

/** A milestone of a campaign: quarterly work, preliminary review (sơ kết), final review (tổng kết). */
public record PlanMilestone(String kind, String title, LocalDate dueOn) {
}
