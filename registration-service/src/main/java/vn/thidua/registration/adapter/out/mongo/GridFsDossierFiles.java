package vn.thidua.registration.adapter.out.mongo;

import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;
import vn.thidua.contracts.DocumentKind;
import vn.thidua.platform.upload.gridfs.GridFsFileStore;
import vn.thidua.registration.application.dossier.DocumentContent;
import vn.thidua.registration.application.dossier.DossierFiles;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Dossier bytes in GridFS, bucket {@value #BUCKET} ({@code dossier.files}, {@code dossier.chunks}), through the
 * platform's {@link GridFsFileStore}; a document's id is its GridFS file id, with model, kind and SHA-256 as
 * metadata. The README says how the MongoDB stand-in treats GridFS indexes.
 */
@Component
public class GridFsDossierFiles implements DossierFiles {

    public static final String BUCKET = "dossier";

    private final GridFsFileStore store;

    GridFsDossierFiles(MongoDatabaseFactory mongo, MongoConverter converter) {
        this.store = new GridFsFileStore(mongo, converter, BUCKET);
    }

    @Override
    public String store(Path file, String fileName, String mediaType, String modelId, DocumentKind kind,
                        String sha256) {
        return store.store(file, fileName, mediaType, Map.of("modelId", modelId, "kind", kind.name(), "sha256", sha256));
    }

    @Override
    public void delete(String documentId) {
        store.delete(documentId);
    }

    @Override
    public Optional<DocumentContent> find(String documentId) {
        return store.find(documentId).map(file -> content(file, "modelId"));
    }

    /** A stored file as a document to send back, owned by the id in its metadata under {@code ownerKey}. */
    static DocumentContent content(GridFsFileStore.StoredFile file, String ownerKey) {
        return new DocumentContent(file.id(), file.metadata(ownerKey), file.fileName(), file.mediaType(),
                file.length(), file.metadata("sha256"), file.resource());
    }
}
