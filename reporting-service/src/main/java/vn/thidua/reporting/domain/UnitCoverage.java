package vn.thidua.reporting.domain;

/** A unit's counts in one campaign. */
public record UnitCoverage(String unitId, Tally tally) {
}
