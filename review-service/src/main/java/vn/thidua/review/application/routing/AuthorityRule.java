package vn.thidua.review.application.routing;

/**
 * How a routing entry finds the authority: the registering unit itself; its directly managing unit (the
 * model's managing unit, else the tree parent); the nearest ancestor at a level; or the party committee unit
 * (kind {@code partyCommitteeKind}) under the registrant's ancestor-or-self at a level.
 */
public enum AuthorityRule { SELF, MANAGING_UNIT, LEVEL, PARTY_COMMITTEE }
