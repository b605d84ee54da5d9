package vn.thidua.registration.application.dossier;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The bytes of dossier documents, in MongoDB GridFS, bucket {@code dossier} (collections {@code dossier.files}
 * and {@code dossier.chunks}); a document's id is its GridFS file id. Events and views carry metadata only.
 * <p>
 * On the mongo-java-server stand-in used in tests and the local stack, GridFS works as on MongoDB: it is two
 * ordinary collections. The one difference is that the stand-in ignores (with a logged warning) the
 * non-unique {@code filename_1_uploadDate_1} index the driver creates on {@code dossier.files}; nothing here
 * queries by file name, so nothing depends on it. The unique {@code files_id_1_n_1} index on chunks is honoured.
 * <p>
 * The template is private to this class rather than a bean, so Boot's own {@code GridFsTemplate} (default
 * bucket) stays available to any other part of the service.
 */
@Component
public class DossierFileStore {

    public static final String BUCKET = "dossier";

    private final GridFsTemplate gridFs;

    public DossierFileStore(MongoDatabaseFactory mongo, MongoConverter converter) {
        this.gridFs = new GridFsTemplate(mongo, converter, BUCKET);
    }

    /** Stores the file's bytes; returns the new document id. */
    public String store(Path file, String fileName, String mediaType, Document metadata) {
        try (InputStream in = Files.newInputStream(file)) {
            ObjectId id = gridFs.store(in, fileName, mediaType, metadata);
            return id.toHexString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String documentId) {
        objectId(documentId).ifPresent(id -> gridFs.delete(Query.query(Criteria.where("_id").is(id))));
    }

    public Optional<GridFsResource> find(String documentId) {
        return objectId(documentId)
                .map(id -> gridFs.findOne(Query.query(Criteria.where("_id").is(id))))
                .map(gridFs::getResource);
    }

    /** How many stored files belong to a model (for checks that nothing is left behind). */
    public long countFor(String modelId) {
        int count = 0;
        for (GridFSFile ignored : gridFs.find(Query.query(Criteria.where("metadata.modelId").is(modelId)))) count++;
        return count;
    }

    private static Optional<ObjectId> objectId(String documentId) {
        return documentId != null && ObjectId.isValid(documentId) ? Optional.of(new ObjectId(documentId)) : Optional.empty();
    }
}
