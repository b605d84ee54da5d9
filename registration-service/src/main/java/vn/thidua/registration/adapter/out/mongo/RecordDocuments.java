package vn.thidua.registration.adapter.out.mongo;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;
import java.util.Optional;

/**
 * Stores an application record in a collection, one of its components being the document's {@code _id} (an
 * ObjectId when the key looks like one, as Spring Data stores ids): the records stay free of mapping annotations,
 * the documents keep the shape they always had.
 */
final class RecordDocuments<T> {

    private final MongoTemplate mongo;
    private final Class<T> type;
    private final String collection;
    private final String idComponent;

    RecordDocuments(MongoTemplate mongo, Class<T> type, String collection, String idComponent) {
        this.mongo = mongo;
        this.type = type;
        this.collection = collection;
        this.idComponent = idComponent;
    }

    String collection() {
        return collection;
    }

    Optional<T> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, collection)).map(this::read);
    }

    List<T> find(Query query) {
        return mongo.find(query, Document.class, collection).stream().map(this::read).toList();
    }

    void save(T record) {
        mongo.save(write(record), collection);
    }

    void remove(String id) {
        mongo.remove(byId(id), collection);
    }

    void removeAll() {
        mongo.remove(new Query(), collection);
    }

    static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    Document write(T record) {
        Document document = new Document();
        mongo.getConverter().write(record, document);
        Object id = document.remove(idComponent);
        document.put("_id", id instanceof String text && ObjectId.isValid(text) ? new ObjectId(text) : id);
        return document;
    }

    private T read(Document document) {
        Object id = document.remove("_id");
        document.put(idComponent, id instanceof ObjectId objectId ? objectId.toHexString() : id);
        return mongo.getConverter().read(type, document);
    }
}
