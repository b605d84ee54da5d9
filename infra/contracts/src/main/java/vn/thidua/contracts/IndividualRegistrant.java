package vn.thidua.contracts;

/** Part of the published language; see the JSON Schemas of the events that carry it. */
public record IndividualRegistrant(String fullName,
                                   String position,
                                   String workplace) {
}
