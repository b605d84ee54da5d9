package vn.thidua.contracts;

/** Who registers a model: a collective (tập thể) or an individual (cá nhân). */
public enum RegistrantKind { COLLECTIVE, INDIVIDUAL }
