package vn.thidua.contracts;

import java.time.LocalDate;

/** Part of the published language; see the JSON Schemas of the events that carry it. */
public record Milestone(MilestoneKind kind,
                        String title,
                        LocalDate dueOn) {
}
