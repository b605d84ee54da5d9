package vn.thidua.review.adapter.out.mongo;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.review.application.documents.AuthorityFile;
import vn.thidua.review.application.documents.AuthorityFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The authority's documents in GridFS, bucket {@value #BUCKET}; a document's id is its GridFS file id. */
@Component
public class GridFsAuthorityFiles implements AuthorityFiles {

    public static final String BUCKET = "authority_documents";

    private final GridFsTemplate gridFs;

    GridFsAuthorityFiles(MongoDatabaseFactory mongo, MongoConverter converter) {
        this.gridFs = new GridFsTemplate(mongo, converter, BUCKET);
    }

    @Override
    public String store(Path file, String fileName, String mediaType, String reviewCaseId, String sha256) {
        try (InputStream in = Files.newInputStream(file)) {
            return gridFs.store(in, fileName, mediaType,
                    new Document("reviewCaseId", reviewCaseId).append("sha256", sha256)).toHexString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String documentId) {
        if (ObjectId.isValid(documentId)) gridFs.delete(byId(documentId));
    }

    @Override
    public Optional<AuthorityFile> find(String documentId) {
        if (documentId == null || !ObjectId.isValid(documentId)) return Optional.empty();
        return Optional.ofNullable(gridFs.findOne(byId(documentId))).map(gridFs::getResource).map(this::file);
    }

    private AuthorityFile file(GridFsResource resource) {
        Document metadata = resource.getGridFSFile().getMetadata();
        return new AuthorityFile(resource.getGridFSFile().getObjectId().toHexString(),
                metadata == null ? null : metadata.getString("reviewCaseId"), resource.getFilename(),
                resource.getContentType(), resource.getGridFSFile().getLength(), resource);
    }

    private static Query byId(String documentId) {
        return Query.query(Criteria.where("_id").is(new ObjectId(documentId)));
    }
}
