package vn.thidua.registration.application.unit;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.util.Optional;

/** Looks units of the organisation tree up for the rest of the service (registration checks its units). */
@Service
public class UnitDirectory {

    private final MongoTemplate mongo;

    public UnitDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<UnitView> find(String unitId) {
        return unitId == null ? Optional.empty() : Optional.ofNullable(mongo.findById(unitId, UnitView.class));
    }
}
