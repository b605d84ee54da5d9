package vn.thidua.review.adapter.out.mongo;

import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;
import vn.thidua.platform.upload.gridfs.GridFsFileStore;
import vn.thidua.review.application.documents.AuthorityFile;
import vn.thidua.review.application.documents.AuthorityFiles;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The authority's documents in GridFS, bucket {@value #BUCKET}, through the platform's {@link GridFsFileStore}; a
 * document's id is its GridFS file id, with the case and SHA-256 as metadata.
 */
@Component
public class GridFsAuthorityFiles implements AuthorityFiles {

    public static final String BUCKET = "authority_documents";

    private final GridFsFileStore store;

    GridFsAuthorityFiles(MongoDatabaseFactory mongo, MongoConverter converter) {
        this.store = new GridFsFileStore(mongo, converter, BUCKET);
    }

    @Override
    public String store(Path file, String fileName, String mediaType, String reviewCaseId, String sha256) {
        return store.store(file, fileName, mediaType, Map.of("reviewCaseId", reviewCaseId, "sha256", sha256));
    }

    @Override
    public void delete(String documentId) {
        store.delete(documentId);
    }

    @Override
    public Optional<AuthorityFile> find(String documentId) {
        return store.find(documentId).map(file -> new AuthorityFile(file.id(), file.metadata("reviewCaseId"),
                file.fileName(), file.mediaType(), file.length(), file.resource()));
    }
}
