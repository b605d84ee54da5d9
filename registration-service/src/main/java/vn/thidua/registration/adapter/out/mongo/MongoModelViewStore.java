package vn.thidua.registration.adapter.out.mongo;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.thidua.contracts.ModelField;
import vn.thidua.registration.application.model.ModelView;
import vn.thidua.registration.application.model.ModelViewStore;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The models view in MongoDB: collection {@value #MODELS}, one document per model, {@code _id} = model id, the
 * other fields named as {@link ModelView}'s. Beside it, {@value #TITLES} keys the models of a unit, campaign and
 * folded title by that triple, so the duplicate check at registration reads by {@code _id} instead of scanning.
 */
@Repository
public class MongoModelViewStore implements ModelViewStore {

    public static final String MODELS = "models";
    /** {@code _id}: campaign, unit and folded title; {@code modelIds}: the models that have (or had) them. */
    public static final String TITLES = "model_titles";

    private final MongoTemplate mongo;

    public MongoModelViewStore(MongoTemplate mongo) {
        this.mongo = mongo;
        indexTitlesIfMissing();
    }

    @Override
    public Optional<ModelView> find(String modelId) {
        return Optional.ofNullable(mongo.findById(modelId, Document.class, MODELS)).map(this::view);
    }

    @Override
    public void save(ModelView view) {
        Document document = new Document();
        mongo.getConverter().write(view, document);
        document.put("_id", document.remove("modelId"));
        mongo.save(document, MODELS);
        // a superset: sameTitle checks each model it finds, so a title changed or withdrawn since needs no removal
        mongo.upsert(Query.query(where("_id").is(titleKey(view.campaignId(), view.unitId(), view.titleFolded()))),
                new Update().addToSet("modelIds", view.modelId()), TITLES);
    }

    /** Fills {@value #TITLES} from the models view where it is empty (a view built before it existed). */
    void indexTitlesIfMissing() {
        if (mongo.findOne(new Query().limit(1), Document.class, TITLES) != null) return;
        if (mongo.findOne(new Query().limit(1), Document.class, MODELS) == null) return;
        for (Document model : mongo.find(new Query(), Document.class, MODELS)) {
            mongo.upsert(Query.query(where("_id").is(titleKey(model.getString("campaignId"),
                            model.getString("unitId"), model.getString("titleFolded")))),
                    new Update().addToSet("modelIds", model.getString("_id")), TITLES);
        }
    }

    static String titleKey(String campaignId, String unitId, String titleFolded) {
        return campaignId + '\u0000' + unitId + '\u0000' + titleFolded;
    }

    @Override
    public Tally tally(Scope scope) {
        return new Tally(count(scope, where("status").is(ModelView.REGISTERED)),
                count(scope, where("status").is(ModelView.RECOGNIZED)),
                count(scope, where("status").is(ModelView.WITHDRAWN)),
                count(scope, new Criteria().andOperator(where("status").ne(ModelView.WITHDRAWN), where("field").is(ModelField.OTHER.name()),
                        where("contentConfirmationRequired").is(true))),
                count(scope, new Criteria().andOperator(where("status").ne(ModelView.WITHDRAWN),
                        where("supplementRequest").ne(null), where("supplementRequest.answeredOn").is(null))));
    }

    @Override
    public long activeNotAmong(Scope scope, Set<String> modelIds) {
        return count(scope, new Criteria().andOperator(where("status").ne(ModelView.WITHDRAWN),
                where("_id").nin(modelIds)));
    }

    private long count(Scope scope, Criteria criteria) {
        return mongo.count(Query.query(scoped(criteria, scope)), MODELS);
    }

    /** The criteria within the scope: one query on the tree gave the scope's unit ids. */
    private static Criteria scoped(Criteria criteria, Scope scope) {
        if (scope.everything()) return criteria;
        Criteria own = where("unitId").in(scope.units());
        return new Criteria().andOperator(criteria, scope.alsoManaged()
                ? new Criteria().orOperator(own, where("managingUnitId").in(scope.units())) : own);
    }

    @Override
    public Page page(Filter filter, Scope scope, int page, int size) {
        Criteria criteria = new Criteria();
        if (filter.campaignId() != null) criteria = criteria.and("campaignId").is(filter.campaignId());
        if (filter.unitId() != null) criteria = criteria.and("unitId").is(filter.unitId());
        if (filter.field() != null) criteria = criteria.and("field").is(filter.field().name());
        if (filter.status() != null) criteria = criteria.and("status").is(filter.status());
        if (filter.titleFolded() != null) criteria = criteria.and("titleFolded").regex(literal(filter.titleFolded()));
        // an indexed filter on the scope's units keeps paging and totals right
        criteria = scoped(criteria, scope);
        long total = mongo.count(Query.query(criteria), MODELS);
        List<ModelView> items = mongo.find(Query.query(criteria)
                        .with(Sort.by(Sort.Direction.DESC, "registeredAt").and(Sort.by("_id")))
                        .skip((long) page * size).limit(size), Document.class, MODELS)
                .stream().map(this::view).toList();
        return new Page(items, total);
    }

    @Override
    public List<ModelView> sameTitle(String campaignId, String unitId, String titleFolded) {
        Document titles = mongo.findById(titleKey(campaignId, unitId, titleFolded), Document.class, TITLES);
        if (titles == null) return List.of();
        return titles.getList("modelIds", String.class, List.of()).stream().sorted()
                .map(this::find).flatMap(Optional::stream)
                .filter(model -> campaignId.equals(model.campaignId()) && unitId.equals(model.unitId())
                        && titleFolded.equals(model.titleFolded()) && !ModelView.WITHDRAWN.equals(model.status()))
                .toList();
    }

    private ModelView view(Document document) {
        Document fields = new Document(document);
        fields.put("modelId", fields.remove("_id"));
        return mongo.getConverter().read(ModelView.class, fields);
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
