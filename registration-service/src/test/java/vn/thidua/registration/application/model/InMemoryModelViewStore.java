package vn.thidua.registration.application.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** The models view in memory, filtering and ordering as the MongoDB store does. */
class InMemoryModelViewStore implements ModelViewStore {

    private static final Comparator<ModelView> NEWEST_FIRST = Comparator.comparing(ModelView::registeredAt,
            Comparator.nullsFirst(Comparator.<java.time.Instant>naturalOrder())).reversed()
            .thenComparing(ModelView::modelId);

    final Map<String, ModelView> views = new LinkedHashMap<>();

    @Override
    public Optional<ModelView> find(String modelId) {
        return Optional.ofNullable(views.get(modelId));
    }

    @Override
    public void save(ModelView view) {
        views.put(view.modelId(), view);
    }

    @Override
    public Page page(Filter filter, Scope scope, int page, int size) {
        List<ModelView> all = views.values().stream().filter(matching(filter)).filter(scope::covers)
                .sorted(NEWEST_FIRST).toList();
        return new Page(all.stream().skip((long) page * size).limit(size).toList(), all.size());
    }

    @Override
    public List<ModelView> sameTitle(String campaignId, String unitId, String titleFolded) {
        return views.values().stream().filter(v -> Objects.equals(v.campaignId(), campaignId)
                && Objects.equals(v.unitId(), unitId) && Objects.equals(v.titleFolded(), titleFolded)
                && !ModelView.WITHDRAWN.equals(v.status())).toList();
    }

    @Override
    public Tally tally(Scope scope) {
        List<ModelView> seen = views.values().stream().filter(scope::covers).toList();
        return new Tally(count(seen, v -> ModelView.REGISTERED.equals(v.status())),
                count(seen, v -> ModelView.RECOGNIZED.equals(v.status())),
                count(seen, v -> ModelView.WITHDRAWN.equals(v.status())),
                count(seen, ModelView::awaitingConfirmation),
                count(seen, v -> v.active() && v.supplementRequest() != null && v.supplementRequest().open()));
    }

    @Override
    public long activeNotAmong(Scope scope, java.util.Set<String> modelIds) {
        return views.values().stream().filter(scope::covers)
                .filter(v -> v.active() && !modelIds.contains(v.modelId())).count();
    }

    private static long count(List<ModelView> views, Predicate<ModelView> which) {
        return views.stream().filter(which).count();
    }

    private static Predicate<ModelView> matching(Filter f) {
        return v -> (f.campaignId() == null || f.campaignId().equals(v.campaignId()))
                && (f.unitId() == null || f.unitId().equals(v.unitId()))
                && (f.field() == null || f.field() == v.field())
                && (f.status() == null || f.status().equals(v.status()))
                && (f.titleFolded() == null || v.titleFolded() != null && v.titleFolded().contains(f.titleFolded()));
    }
}
