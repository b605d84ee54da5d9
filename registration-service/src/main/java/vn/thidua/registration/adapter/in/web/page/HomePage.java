package vn.thidua.registration.adapter.in.web.page;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.security.Role;
import vn.thidua.registration.application.campaign.CampaignQueries;
import vn.thidua.registration.application.campaign.CampaignView;
import vn.thidua.registration.application.dossier.DossierQueries;
import vn.thidua.registration.application.model.ModelQueries;
import vn.thidua.registration.application.model.ModelView;
import vn.thidua.registration.application.unit.UnitImports;
import vn.thidua.registration.application.unit.UnitQueries;
import vn.thidua.registration.application.unit.UnitView;

import java.util.List;

/**
 * The start page, by role, with counts from this service's own views: a reader's models by state over what it
 * may see (a unit officer's also dossiers without Mẫu 1 and open supplement requests), the units and campaigns a
 * board officer or the administrator keeps, the administrator's recent tree imports.
 */
@Controller
public class HomePage {

    private final ModelQueries models;
    private final DossierQueries dossiers;
    private final UnitQueries tree;
    private final CampaignQueries campaigns;
    private final UnitImports imports;

    public HomePage(ModelQueries models, DossierQueries dossiers, UnitQueries tree, CampaignQueries campaigns,
                    UnitImports imports) {
        this.models = models;
        this.dossiers = dossiers;
        this.tree = tree;
        this.campaigns = campaigns;
        this.imports = imports;
    }

    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("statuses", ModelView.STATUSES);
        if (PagePermissions.holds(ModelQueries.READERS)) model.addAttribute("tally", models.tally());
        if (PagePermissions.holds(Role.UNIT_OFFICER)) model.addAttribute("toComplete", dossiers.withoutRegistrationForm());
        boolean administrator = PagePermissions.holds(Role.ADMINISTRATOR);
        if (administrator || PagePermissions.holds(Role.BOARD_OFFICER)) {
            String unitId = CurrentCaller.get().map(Caller::unitId).orElse(null);
            model.addAttribute("units", administrator ? wholeTree() : unitsFrom(unitId));
            List<CampaignView> all = campaigns.campaigns();
            model.addAttribute("campaignsOpen", all.stream().filter(CampaignView::open).count());
            model.addAttribute("campaignsAll", all.size());
        }
        if (administrator) model.addAttribute("recentImports", imports.recent(5));
        return "home";
    }

    /** The unit and everything below it. */
    private long unitsFrom(String unitId) {
        return unitId == null || tree.find(unitId).isEmpty() ? 0 : 1 + tree.subtreeSize(unitId);
    }

    private long wholeTree() {
        return tree.roots(null).stream().map(UnitView::unitId).mapToLong(this::unitsFrom).sum();
    }
}
