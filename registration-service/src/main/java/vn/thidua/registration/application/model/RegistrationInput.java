package vn.thidua.registration.application.model;

import vn.thidua.contracts.IndividualRegistrant;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelNovelty;
import vn.thidua.contracts.RegistrantKind;

import java.time.LocalDate;

/**
 * A registration as a unit fills it in (Mẫu 1), from the REST API, the form or a row of the summary table.
 * {@code managingUnitId} may be left out: the unit's parent in the organisation tree is taken.
 */
public record RegistrationInput(String campaignId, String unitId, String managingUnitId,
                                RegistrantKind registrantKind, IndividualRegistrant individual,
                                ModelNovelty novelty, String title, ModelField field, String content,
                                String method, String expectedResults, LocalDate startDate, String replicaOf) {
}
