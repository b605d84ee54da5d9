package vn.thidua.award.adapter.out.mongo;

import org.bson.types.ObjectId;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.award.application.report.ReportContent;
import vn.thidua.award.application.report.ReportFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The proposals' reports in GridFS, bucket {@value #BUCKET}; a report's id is its GridFS file id. */
@Component
public class GridFsReportFiles implements ReportFiles {

    public static final String BUCKET = "proposal_reports";

    private final GridFsTemplate gridFs;

    GridFsReportFiles(MongoDatabaseFactory mongo, MongoConverter converter) {
        this.gridFs = new GridFsTemplate(mongo, converter, BUCKET);
    }

    @Override
    public String store(Path file, String fileName, String mediaType) {
        try (InputStream in = Files.newInputStream(file)) {
            return gridFs.store(in, fileName, mediaType).toHexString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String reportId) {
        if (ObjectId.isValid(reportId)) gridFs.delete(Query.query(Criteria.where("_id").is(new ObjectId(reportId))));
    }

    @Override
    public Optional<ReportContent> find(String reportId) {
        if (reportId == null || !ObjectId.isValid(reportId)) return Optional.empty();
        return Optional.ofNullable(gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(reportId)))))
                .map(gridFs::getResource).map(resource -> {
                    try (InputStream in = resource.getInputStream()) {
                        return new ReportContent(resource.getFilename(), resource.getContentType(), in.readAllBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
