package vn.thidua.registration.adapter.out.mongo;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.thidua.contracts.DocumentKind;
import vn.thidua.registration.application.dossier.DossierDocumentStore;
import vn.thidua.registration.application.dossier.DossierDocumentView;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The dossiers' documents in the MongoDB collection {@code dossier_documents}, keyed by document id. */
@Component
class MongoDossierDocuments implements DossierDocumentStore {

    private final RecordDocuments<DossierDocumentView> documents;
    private final MongoTemplate mongo;

    MongoDossierDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
        this.documents = new RecordDocuments<>(mongo, DossierDocumentView.class, "dossier_documents", "documentId");
    }

    @Override
    public void save(DossierDocumentView document) {
        documents.save(document);
    }

    @Override
    public void remove(String documentId) {
        documents.remove(documentId);
    }

    @Override
    public List<DossierDocumentView> ofModel(String modelId, int limit) {
        return documents.find(Query.query(Criteria.where("modelId").is(modelId))
                .with(Sort.by("uploadedAt", "_id")).limit(limit));
    }

    @Override
    public Set<String> modelsWith(DocumentKind kind) {
        return new HashSet<>(mongo.findDistinct(Query.query(Criteria.where("kind").is(kind.name())), "modelId",
                "dossier_documents", String.class));
    }
}
