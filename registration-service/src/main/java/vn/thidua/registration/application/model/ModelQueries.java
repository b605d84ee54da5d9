package vn.thidua.registration.application.model;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.thidua.contracts.ModelField;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.registration.domain.VietnameseText;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Reads the models view: one model, a filtered page of models, same-title models of a unit. */
@Service
public class ModelQueries {

    public static final int MAX_PAGE_SIZE = 200;

    private final MongoTemplate mongo;

    public ModelQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public ModelView model(String modelId) {
        return find(modelId).orElseThrow(() -> new NotFound("mô hình", "model", modelId));
    }

    public Optional<ModelView> find(String modelId) {
        return modelId == null || modelId.isBlank() ? Optional.empty()
                : Optional.ofNullable(mongo.findById(modelId.strip(), ModelView.class));
    }

    /**
     * What a filter of the list asks for; every part optional. {@code q} matches titles without regard to
     * diacritics or case ("dan van kheo" finds "Dân vận khéo").
     */
    public record Filter(String campaignId, String unitId, ModelField field, String status, String q) {
        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** One page of models, newest first; {@code page} counts from 0. */
    public record ModelPage(List<ModelView> items, int page, int size, long total) {
        public int pages() {
            return size == 0 ? 0 : (int) ((total + size - 1) / size);
        }
    }

    public ModelPage search(Filter filter, int page, int size) {
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int safePage = Math.max(0, page);
        Criteria criteria = new Criteria();
        if (present(filter.campaignId())) criteria = criteria.and("campaignId").is(filter.campaignId().strip());
        if (present(filter.unitId())) criteria = criteria.and("unitId").is(filter.unitId().strip());
        if (filter.field() != null) criteria = criteria.and("field").is(filter.field().name());
        if (present(filter.status())) criteria = criteria.and("status").is(filter.status().strip());
        String folded = VietnameseText.fold(filter.q());
        if (!folded.isEmpty()) criteria = criteria.and("titleFolded").regex(literal(folded));
        Query query = Query.query(criteria);
        long total = mongo.count(query, ModelView.class);
        List<ModelView> items = mongo.find(Query.query(criteria)
                .with(Sort.by(Sort.Direction.DESC, "registeredAt").and(Sort.by("_id")))
                .skip((long) safePage * safeSize).limit(safeSize), ModelView.class);
        return new ModelPage(items, safePage, safeSize, total);
    }

    /** Models of the unit in the campaign whose title folds to the same text and that are not withdrawn. */
    public List<ModelView> sameTitle(String campaignId, String unitId, String title) {
        return mongo.find(Query.query(Criteria.where("campaignId").is(campaignId).and("unitId").is(unitId)
                        .and("titleFolded").is(VietnameseText.fold(title)).and("status").ne(ModelView.WITHDRAWN)),
                ModelView.class);
    }

    /**
     * Waits (bounded) until the view shows a change that was just made, so a page shown right after a command
     * reads its own write. The view is built asynchronously; after {@code timeout} the page shows what is there.
     */
    public Optional<ModelView> awaitView(String modelId, Predicate<ModelView> ready, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<ModelView> view = find(modelId);
        while (!view.map(ready::test).orElse(false) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            view = find(modelId);
        }
        return view;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The folded text as a regular expression matching itself (folded text is [a-z0-9 ] and punctuation). */
    static String literal(String folded) {
        StringBuilder pattern = new StringBuilder();
        for (char c : folded.toCharArray()) {
            if (!Character.isLetterOrDigit(c) && c != ' ') pattern.append('\\');
            pattern.append(c);
        }
        return pattern.toString();
    }
}
