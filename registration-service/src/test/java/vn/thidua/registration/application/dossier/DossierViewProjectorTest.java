package vn.thidua.registration.application.dossier;

import org.junit.jupiter.api.Test;
import vn.thidua.contracts.DocumentKind;
import vn.thidua.registration.domain.dossier.DocumentAttachedEvent;
import vn.thidua.registration.domain.dossier.DocumentRemovedEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dossiers' document lists built by the projector on an in-memory store (no Spring, Axon or MongoDB). */
class DossierViewProjectorTest {

    private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");

    /** The document lists in memory, sorted as the MongoDB store sorts them. */
    static class InMemoryDossierDocuments implements DossierDocumentStore {
        final Map<String, DossierDocumentView> documents = new LinkedHashMap<>();

        @Override
        public void save(DossierDocumentView document) {
            documents.put(document.documentId(), document);
        }

        @Override
        public void remove(String documentId) {
            documents.remove(documentId);
        }

        @Override
        public List<DossierDocumentView> ofModel(String modelId, int limit) {
            return documents.values().stream().filter(d -> d.modelId().equals(modelId))
                    .sorted(Comparator.comparing(DossierDocumentView::uploadedAt)
                            .thenComparing(DossierDocumentView::documentId))
                    .limit(limit).toList();
        }

        @Override
        public java.util.Set<String> modelsWith(DocumentKind kind) {
            return documents.values().stream().filter(d -> d.kind() == kind).map(DossierDocumentView::modelId)
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    private final InMemoryDossierDocuments store = new InMemoryDossierDocuments();
    private final DossierViewProjector projector = new DossierViewProjector(store);

    private static DocumentAttachedEvent attached(String modelId, String documentId) {
        return new DocumentAttachedEvent(modelId, documentId, DocumentKind.EVIDENCE, documentId + ".pdf",
                "application/pdf", 1234, "sha-" + documentId);
    }

    @Test
    void listsEachModelsDocumentsOldestFirstWithWhoUploadedThem() {
        projector.on(attached("m1", "d2"), T0.plusSeconds(5), "can-bo-02");
        projector.on(attached("m1", "d1"), T0, "can-bo-01");
        projector.on(attached("m2", "d3"), T0, "can-bo-03");

        List<DossierDocumentView> m1 = store.ofModel("m1", 1000);
        assertThat(m1).extracting(DossierDocumentView::documentId).containsExactly("d1", "d2");
        assertThat(m1.get(0)).isEqualTo(new DossierDocumentView("d1", "m1", DocumentKind.EVIDENCE, "d1.pdf",
                "application/pdf", 1234, "sha-d1", T0, "can-bo-01"));
    }

    @Test
    void aRemovalTakesTheDocumentOffAndRedeliveriesChangeNothing() {
        projector.on(attached("m1", "d1"), T0, "can-bo-01");
        projector.on(attached("m1", "d2"), T0.plusSeconds(1), "can-bo-01");
        var removal = new DocumentRemovedEvent("m1", "d1", DocumentKind.EVIDENCE, "d1.pdf", 1234, "sha-d1");

        projector.on(removal);
        List<DossierDocumentView> once = new ArrayList<>(store.ofModel("m1", 1000));
        projector.on(removal);
        projector.on(attached("m1", "d2"), T0.plusSeconds(1), "can-bo-01");

        assertThat(once).extracting(DossierDocumentView::documentId).containsExactly("d2");
        assertThat(store.ofModel("m1", 1000)).isEqualTo(once);
    }
}
