package vn.thidua.registration.application.dossier;

import java.util.List;

/** Where the list of each dossier's documents is kept (a port; MongoDB collection {@code dossier_documents}). */
public interface DossierDocumentStore {

    void save(DossierDocumentView document);

    void remove(String documentId);

    /** At most {@code limit} documents of a model, oldest upload first. */
    List<DossierDocumentView> ofModel(String modelId, int limit);
}
