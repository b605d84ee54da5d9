package vn.thidua.registration.application;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.RegistrantKind;

import java.time.Instant;

/** The registration service's view of one model, as the unit's list and detail pages show it. */
@Document("models")
public record ModelView(@Id String modelId, String campaignId, String unitId, String managingUnitId,
                        RegistrantKind registrantKind, String title, ModelField field, String status,
                        String withdrawalReason, Instant registeredAt, String registeredBy) {

    public static final String REGISTERED = "REGISTERED";
    public static final String WITHDRAWN = "WITHDRAWN";
}
