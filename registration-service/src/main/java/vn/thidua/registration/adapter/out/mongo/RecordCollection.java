package vn.thidua.registration.adapter.out.mongo;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;
import java.util.Optional;

/**
 * A collection of view records keyed by one of their components, stored as {@code _id}: the records stay free of
 * mapping annotations and the stored documents keep the shape they had when the views carried them.
 */
final class RecordCollection<T extends Record> {

    private final MongoTemplate mongo;
    private final Class<T> type;
    private final String collection;
    private final String idComponent;

    RecordCollection(MongoTemplate mongo, Class<T> type, String collection, String idComponent) {
        this.mongo = mongo;
        this.type = type;
        this.collection = collection;
        this.idComponent = idComponent;
    }

    Optional<T> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, collection)).map(this::read);
    }

    List<T> find(Query query) {
        return mongo.find(query, Document.class, collection).stream().map(this::read).toList();
    }

    void save(T record) {
        Document document = new Document();
        mongo.getConverter().write(record, document);
        document.put("_id", document.remove(idComponent));
        mongo.save(document, collection);
    }

    void remove(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), collection);
    }

    void removeAll() {
        mongo.remove(new Query(), collection);
    }

    private T read(Document document) {
        document.put(idComponent, document.get("_id"));
        return mongo.getConverter().read(type, document);
    }
}
