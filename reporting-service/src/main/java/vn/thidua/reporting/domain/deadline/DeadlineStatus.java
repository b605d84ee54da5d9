package vn.thidua.reporting.domain.deadline;

/** Where an item stands on a given day: due within the look-ahead (sắp đến hạn) or past due (quá hạn). */
public enum DeadlineStatus { UPCOMING, OVERDUE }
