package vn.thidua.award.domain.catalogue;

/** Who receives an award: cá nhân, tập thể, hộ gia đình. */
public enum RecipientKind { INDIVIDUAL, COLLECTIVE, HOUSEHOLD }
