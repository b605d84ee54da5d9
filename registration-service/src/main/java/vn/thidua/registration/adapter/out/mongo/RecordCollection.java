package vn.thidua.registration.adapter.out.mongo;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;
import java.util.Optional;

/**
 * A collection of view records keyed by one of their components, stored as {@code _id} (an ObjectId when the key
 * looks like one, as Spring Data stores ids): the records stay free of mapping annotations and the documents keep
 * the shape they had when the views carried them.
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
        Object id = document.remove(idComponent);
        document.put("_id", id instanceof String text && ObjectId.isValid(text) ? new ObjectId(text) : id);
        mongo.save(document, collection);
    }

    void remove(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), collection);
    }

    void removeAll() {
        mongo.remove(new Query(), collection);
    }

    private T read(Document document) {
        Object id = document.get("_id");
        document.put(idComponent, id instanceof ObjectId objectId ? objectId.toHexString() : id);
        return mongo.getConverter().read(type, document);
    }
}
