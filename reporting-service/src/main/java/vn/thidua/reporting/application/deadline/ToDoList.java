package vn.thidua.reporting.application.deadline;

import vn.thidua.reporting.domain.deadline.Deadline;

import java.time.LocalDate;
import java.util.List;

/** What is due for someone on {@code today}: overdue items and upcoming ones, each soonest first. */
public record ToDoList(String unitId, LocalDate today, List<Deadline> overdue, List<Deadline> upcoming) {

    public boolean isEmpty() {
        return overdue.isEmpty() && upcoming.isEmpty();
    }
}
