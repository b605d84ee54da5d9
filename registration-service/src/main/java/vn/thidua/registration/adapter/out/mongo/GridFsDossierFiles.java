package vn.thidua.registration.adapter.out.mongo;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.contracts.DocumentKind;
import vn.thidua.registration.application.dossier.DocumentContent;
import vn.thidua.registration.application.dossier.DossierFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Dossier bytes in GridFS, bucket {@value #BUCKET} ({@code dossier.files}, {@code dossier.chunks}); a document's
 * id is its GridFS file id. The template is private, so Boot's own {@code GridFsTemplate} (default bucket) stays
 * free for the rest of the service. The README says how the MongoDB stand-in treats GridFS indexes.
 */
@Component
public class GridFsDossierFiles implements DossierFiles {

    public static final String BUCKET = "dossier";

    private final GridFsTemplate gridFs;

    GridFsDossierFiles(MongoDatabaseFactory mongo, MongoConverter converter) {
        this.gridFs = new GridFsTemplate(mongo, converter, BUCKET);
    }

    @Override
    public String store(Path file, String fileName, String mediaType, String modelId, DocumentKind kind,
                        String sha256) {
        Document metadata = new Document("modelId", modelId).append("kind", kind.name()).append("sha256", sha256);
        try (InputStream in = Files.newInputStream(file)) {
            ObjectId id = gridFs.store(in, fileName, mediaType, metadata);
            return id.toHexString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String documentId) {
        objectId(documentId).ifPresent(id -> gridFs.delete(Query.query(Criteria.where("_id").is(id))));
    }

    @Override
    public Optional<DocumentContent> find(String documentId) {
        return objectId(documentId)
                .map(id -> gridFs.findOne(Query.query(Criteria.where("_id").is(id))))
                .map(gridFs::getResource)
                .map(resource -> content(documentId, resource));
    }

    private static DocumentContent content(String documentId, GridFsResource resource) {
        Document metadata = resource.getGridFSFile().getMetadata();
        return new DocumentContent(documentId, metadata == null ? null : metadata.getString("modelId"),
                resource.getFilename(), resource.getContentType(), resource.getGridFSFile().getLength(),
                metadata == null ? null : metadata.getString("sha256"), resource);
    }

    private static Optional<ObjectId> objectId(String documentId) {
        return documentId != null && ObjectId.isValid(documentId) ? Optional.of(new ObjectId(documentId)) : Optional.empty();
    }
}
