package vn.thidua.award.application.catalogue;

import org.springframework.stereotype.Service;
import vn.thidua.award.domain.catalogue.AwardCatalogue;
import vn.thidua.award.domain.catalogue.AwardFormDefinition;
import vn.thidua.award.domain.catalogue.BaseSalary;
import vn.thidua.award.domain.catalogue.CatalogueRules;
import vn.thidua.platform.security.AccessGuard;

import static vn.thidua.award.application.access.AwardAccess.ADMINISTRATORS;

/** Administrators change the award catalogue: a form (added or replaced by code) and the base-salary table. */
@Service
public class CatalogueCommands {

    private final CatalogueQueries catalogues;
    private final AwardCatalogueStore store;
    private final AccessGuard guard;

    public CatalogueCommands(CatalogueQueries catalogues, AwardCatalogueStore store, AccessGuard guard) {
        this.catalogues = catalogues;
        this.store = store;
        this.guard = guard;
    }

    public synchronized AwardFormDefinition putForm(AwardFormDefinition form) {
        guard.requireRole(ADMINISTRATORS);
        AwardCatalogue catalogue = catalogues.current();
        CatalogueRules.checkForm(form, catalogue);
        store.save(catalogue.withForm(form));
        return form;
    }

    public synchronized BaseSalary putBaseSalary(BaseSalary salary) {
        guard.requireRole(ADMINISTRATORS);
        CatalogueRules.checkBaseSalary(salary);
        store.save(catalogues.current().withBaseSalary(salary));
        return salary;
    }
}
