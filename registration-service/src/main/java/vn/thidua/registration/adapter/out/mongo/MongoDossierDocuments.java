package vn.thidua.registration.adapter.out.mongo;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.thidua.registration.application.dossier.DossierDocumentStore;
import vn.thidua.registration.application.dossier.DossierDocumentView;

import java.util.List;

/** The dossiers' documents in the MongoDB collection {@code dossier_documents}, keyed by document id. */
@Component
class MongoDossierDocuments implements DossierDocumentStore {

    private final RecordDocuments<DossierDocumentView> documents;

    MongoDossierDocuments(MongoTemplate mongo) {
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
}
