package vn.thidua.reporting.application.deadline;

import vn.thidua.reporting.domain.deadline.Deadline;

import java.time.LocalDate;
import java.util.List;

/** One mail to one recipient: the items not reminded to them before, overdue and upcoming. */
public record Digest(Recipient recipient, LocalDate today, List<Deadline> overdue, List<Deadline> upcoming) {
}
