package vn.thidua.award.adapter.out.mongo;

import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;
import vn.thidua.award.application.report.ReportContent;
import vn.thidua.award.application.report.ReportFiles;
import vn.thidua.platform.upload.gridfs.GridFsFileStore;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The proposals' reports in GridFS, bucket {@value #BUCKET}, through the platform's {@link GridFsFileStore}; a
 * report's id is its GridFS file id.
 */
@Component
public class GridFsReportFiles implements ReportFiles {

    public static final String BUCKET = "proposal_reports";

    private final GridFsFileStore store;

    GridFsReportFiles(MongoDatabaseFactory mongo, MongoConverter converter) {
        this.store = new GridFsFileStore(mongo, converter, BUCKET);
    }

    @Override
    public String store(Path file, String fileName, String mediaType) {
        return store.store(file, fileName, mediaType, Map.of());
    }

    @Override
    public void delete(String reportId) {
        store.delete(reportId);
    }

    @Override
    public Optional<ReportContent> find(String reportId) {
        return store.find(reportId).map(file -> new ReportContent(file.fileName(), file.mediaType(), file.readAllBytes()));
    }
}
