package vn.thidua.registration.domain;

import org.axonframework.serialization.Revision;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.RegistrantKind;

@Revision("1")
public record ModelRegisteredEvent(String modelId, String campaignId, String unitId, String managingUnitId,
                                   RegistrantKind registrantKind, String title, ModelField field) {
}
