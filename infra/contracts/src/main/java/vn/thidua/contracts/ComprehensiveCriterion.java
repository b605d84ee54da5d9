package vn.thidua.contracts;

/**
 * The criteria of a comprehensive model (mô hình toàn diện, seed 004 section 2.2): every organisation rated
 * "completed tasks well" or better; schools "advanced" or better; the unit meets the cultural standard; 90% of
 * members "completed tasks well" or better; an individual rated "completed tasks excellently".
 */
public enum ComprehensiveCriterion {
    ORGANISATIONS_COMPLETED_WELL, SCHOOLS_ADVANCED, CULTURAL_STANDARD, MEMBERS_NINETY_PERCENT_WELL,
    INDIVIDUAL_EXCELLENT
}
