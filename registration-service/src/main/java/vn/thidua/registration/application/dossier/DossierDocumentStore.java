package vn.thidua.registration.application.dossier;

import vn.thidua.contracts.DocumentKind;

import java.util.List;
import java.util.Set;

/** Where the list of each dossier's documents is kept (a port; MongoDB collection {@code dossier_documents}). */
public interface DossierDocumentStore {

    void save(DossierDocumentView document);

    void remove(String documentId);

    /** At most {@code limit} documents of a model, oldest upload first. */
    List<DossierDocumentView> ofModel(String modelId, int limit);

    /** The models whose dossier holds a document of this kind. */
    Set<String> modelsWith(DocumentKind kind);
}
