package vn.thidua.award.application.catalogue;

import vn.thidua.award.domain.catalogue.AwardCatalogue;

import java.util.Optional;

/** Where the service keeps its award catalogue (port; MongoDB in production). */
public interface AwardCatalogueStore {

    /** The catalogue, or empty before it was first seeded. */
    Optional<AwardCatalogue> load();

    void save(AwardCatalogue catalogue);
}
