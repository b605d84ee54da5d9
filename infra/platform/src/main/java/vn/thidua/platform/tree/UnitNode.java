package vn.thidua.platform.tree;

/**
 * One unit of the organisation tree (cây tổ chức) as a service that does not own the tree knows it: its parent,
 * kind, name, and whether it was closed. A closed unit keeps its place in the tree: what happened under it
 * (models, cases, proposals) stays within the jurisdiction of the units above it.
 */
public record UnitNode(String unitId, String parentId, String kind, String name, boolean closed) {
}
