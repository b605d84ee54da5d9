package vn.thidua.platform.upload.gridfs;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Uploaded files in a GridFS bucket of their own ({@code <bucket>.files}, {@code <bucket>.chunks}); a file's id is
 * its GridFS id (hex). The template is private, so Boot's own {@code GridFsTemplate} (default bucket) stays free.
 * Each service's adapter holds one, behind its application's port.
 */
public final class GridFsFileStore {

    private final GridFsTemplate gridFs;

    public GridFsFileStore(MongoDatabaseFactory mongo, MongoConverter converter, String bucket) {
        this.gridFs = new GridFsTemplate(mongo, converter, bucket);
    }

    /** A stored file: name, media type, length, the metadata given at storing, and the bytes. */
    public record StoredFile(String id, String fileName, String mediaType, long length, Map<String, Object> metadata,
                             GridFsResource resource) {

        /** A metadata value stored as text, or null. */
        public String metadata(String key) {
            return metadata.get(key) instanceof String text ? text : null;
        }

        public byte[] readAllBytes() {
            try (InputStream in = resource.getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Stores the file's bytes with its metadata (none: empty); returns the new id. */
    public String store(Path file, String fileName, String mediaType, Map<String, ?> metadata) {
        try (InputStream in = Files.newInputStream(file)) {
            Document meta = metadata.isEmpty() ? null : new Document(new java.util.LinkedHashMap<>(metadata));
            return gridFs.store(in, fileName, mediaType, meta).toHexString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String id) {
        objectId(id).ifPresent(oid -> gridFs.delete(byId(oid)));
    }

    /** The stored file, if the id names one (any other text: none). */
    public Optional<StoredFile> find(String id) {
        return objectId(id).map(oid -> gridFs.findOne(byId(oid))).map(gridFs::getResource).map(resource -> {
            Document metadata = resource.getGridFSFile().getMetadata();
            return new StoredFile(resource.getGridFSFile().getObjectId().toHexString(), resource.getFilename(),
                    resource.getContentType(), resource.getGridFSFile().getLength(),
                    metadata == null ? Map.of() : metadata, resource);
        });
    }

    private static Query byId(ObjectId id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private static Optional<ObjectId> objectId(String id) {
        return id != null && ObjectId.isValid(id) ? Optional.of(new ObjectId(id)) : Optional.empty();
    }
}
