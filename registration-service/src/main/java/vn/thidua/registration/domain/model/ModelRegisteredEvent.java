package vn.thidua.registration.domain.model;

import org.axonframework.serialization.Revision;
import vn.thidua.contracts.IndividualRegistrant;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelNovelty;
import vn.thidua.contracts.RegistrantKind;

import java.time.LocalDate;

/**
 * A model was registered. {@code contentConfirmationRequired} is true for an "other"-field model (lĩnh vực
 * khác): it counts only once its directly managing unit confirms the content.
 */
@Revision("1")
public record ModelRegisteredEvent(String modelId, String campaignId, String unitId, String managingUnitId,
                                   RegistrantKind registrantKind, IndividualRegistrant individual,
                                   ModelNovelty novelty, String title, ModelField field, String content,
                                   String method, String expectedResults, LocalDate startDate, boolean late,
                                   String replicaOf, boolean contentConfirmationRequired) {
}
