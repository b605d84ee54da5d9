package vn.thidua.registration.application.dossier;

import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.contracts.DocumentKind;
import vn.thidua.registration.application.model.ModelQueries;

import java.util.List;

/** Lists and hands out the documents of a model's dossier: who may read the model may read its dossier. */
@Service
public class DossierQueries {

    private final ModelQueries models;
    private final DossierDocumentStore documents;
    private final DossierFiles files;
    private final DossierProperties limits;

    public DossierQueries(ModelQueries models, DossierDocumentStore documents, DossierFiles files,
                          DossierProperties limits) {
        this.models = models;
        this.documents = documents;
        this.files = files;
        this.limits = limits;
    }

    public DossierProperties limits() {
        return limits;
    }

    /** The documents of a model's dossier, oldest first. */
    public List<DossierDocumentView> documents(String modelId) {
        models.model(modelId);
        return documents.ofModel(modelId, 1000);
    }

    /**
     * Dossiers still to complete (hồ sơ cần hoàn thiện): models the caller may see, not withdrawn, whose dossier
     * lacks the registration form (Mẫu 1).
     */
    public long withoutRegistrationForm() {
        return models.activeNotAmong(documents.modelsWith(DocumentKind.REGISTRATION_FORM));
    }

    /** A document's bytes and what to say about them; the document must belong to this model. */
    public DocumentContent content(String modelId, String documentId) {
        models.model(modelId);
        return files.find(documentId).filter(content -> modelId.equals(content.ownerId()))
                .orElseThrow(() -> new NotFound("tài liệu", "document", documentId));
    }
}
