package vn.thidua.registration.adapter.out.mongo;

import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;
import vn.thidua.platform.upload.gridfs.GridFsFileStore;
import vn.thidua.registration.application.dossier.DocumentContent;
import vn.thidua.registration.application.plan.UnitPlanFiles;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Plans' signed files in GridFS, bucket {@value #BUCKET}, through the platform's {@link GridFsFileStore}. */
@Component
public class GridFsUnitPlanFiles implements UnitPlanFiles {

    public static final String BUCKET = "unit_plan";

    private final GridFsFileStore store;

    GridFsUnitPlanFiles(MongoDatabaseFactory mongo, MongoConverter converter) {
        this.store = new GridFsFileStore(mongo, converter, BUCKET);
    }

    @Override
    public String store(Path file, String fileName, String mediaType, String planId, String sha256) {
        return store.store(file, fileName, mediaType, Map.of("planId", planId, "sha256", sha256));
    }

    @Override
    public void delete(String documentId) {
        store.delete(documentId);
    }

    @Override
    public Optional<DocumentContent> find(String documentId) {
        return store.find(documentId).map(file -> GridFsDossierFiles.content(file, "planId"));
    }
}
