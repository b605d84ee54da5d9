package vn.thidua.contracts;

/** Who an award proposal is for: cá nhân, tập thể, hộ gia đình. */
public enum NomineeKind { INDIVIDUAL, COLLECTIVE, HOUSEHOLD }
