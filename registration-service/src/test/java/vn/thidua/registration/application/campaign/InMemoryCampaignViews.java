package vn.thidua.registration.application.campaign;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The campaigns view in memory, sorted as the MongoDB store sorts it. */
class InMemoryCampaignViews implements CampaignViewStore {

    final Map<String, CampaignView> views = new LinkedHashMap<>();

    @Override
    public Optional<CampaignView> find(String campaignId) {
        return Optional.ofNullable(views.get(campaignId));
    }

    @Override
    public List<CampaignView> newestFirst(int limit) {
        return views.values().stream().sorted(Comparator.comparing(CampaignView::launchedAt).reversed())
                .limit(limit).toList();
    }

    @Override
    public List<CampaignView> latestPeriodFirst(boolean openOnly, int limit) {
        return views.values().stream().filter(v -> !openOnly || v.open())
                .sorted(Comparator.comparing(CampaignView::startYear).reversed().thenComparing(CampaignView::name))
                .limit(limit).toList();
    }

    @Override
    public void save(CampaignView view) {
        views.put(view.campaignId(), view);
    }

    @Override
    public void removeAll() {
        views.clear();
    }
}
