package vn.thidua.testsupport.kafka;

import vn.thidua.contracts.Actor;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.ModelRegistered;
import vn.thidua.contracts.RegistrantKind;

import java.time.Instant;

import static vn.thidua.testsupport.kafka.OrganisationTree.DISTRICT;

/** The events of the model workflow the consuming services' tests publish, in the {@link OrganisationTree}. */
public final class SampleEvents {

    private SampleEvents() {
    }

    /** A commune officer of {@code unitId} registered a collective model (managed by Vĩnh Linh). */
    public static ModelRegistered modelRegistered(String modelId, String campaignId, String unitId) {
        return new ModelRegistered(modelId, campaignId, unitId, DISTRICT, RegistrantKind.COLLECTIVE,
                "Dân vận khéo trong xây dựng nông thôn mới", ModelField.NEW_RURAL_CONSTRUCTION,
                new Actor("can-bo-xa", unitId), Instant.now());
    }

    /** Vĩnh Linh's authority recognised the model of {@code unitId} (its review case: {@code case-<modelId>}). */
    public static ModelRecognized modelRecognized(String modelId, String campaignId, String unitId) {
        return new ModelRecognized("case-" + modelId, modelId, campaignId, unitId, DISTRICT,
                new Actor("huyen-uy", DISTRICT), Instant.now());
    }
}
