package vn.thidua.award.application.catalogue;

import vn.thidua.award.domain.catalogue.AwardCatalogue;

/** The catalogue the service starts with (port; a resource file in production). */
public interface CatalogueSeed {

    AwardCatalogue read();
}
