package vn.thidua.contracts;

/** How the percentage is compared: AT_LEAST = đạt ít nhất (e.g. 100% of communes); MORE_THAN = trên (e.g. > 80% of agencies). */
public enum TargetComparison { AT_LEAST, MORE_THAN }
