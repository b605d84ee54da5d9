package vn.thidua.award.application.catalogue;

import org.springframework.stereotype.Service;
import vn.thidua.award.domain.catalogue.AwardCatalogue;
import vn.thidua.award.domain.catalogue.AwardMoney;
import vn.thidua.award.domain.catalogue.RecipientKind;
import vn.thidua.award.domain.round.AwardMoneyTable;

import java.time.LocalDate;
import java.util.Optional;
import vn.thidua.platform.security.AccessGuard;

import static vn.thidua.award.application.access.AwardAccess.CATALOGUE_READERS;

/** The award catalogue as every reader of the award stage sees it, and the money table the rounds decide with. */
@Service
public class CatalogueQueries implements AwardMoneyTable {

    private final AwardCatalogueStore store;
    private final CatalogueSeed seed;
    private final AccessGuard guard;

    public CatalogueQueries(AwardCatalogueStore store, CatalogueSeed seed, AccessGuard guard) {
        this.store = store;
        this.seed = seed;
        this.guard = guard;
    }

    public AwardCatalogue catalogue() {
        guard.requireRole(CATALOGUE_READERS);
        return current();
    }

    @Override
    public Optional<AwardMoney> money(String formCode, RecipientKind recipient, LocalDate decidedOn) {
        AwardCatalogue catalogue = current();
        return catalogue.form(formCode).flatMap(form -> catalogue.money(form, recipient, decidedOn));
    }

    /** The catalogue in force, for the application's own use (no caller check): seeded on first use. */
    public synchronized AwardCatalogue current() {
        return store.load().orElseGet(() -> {
            AwardCatalogue seeded = seed.read();
            store.save(seeded);
            return seeded;
        });
    }
}
