package vn.thidua.registration.adapter.out.mongo;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.thidua.registration.application.unit.UnitImportChange;
import vn.thidua.registration.application.unit.UnitImportJob;
import vn.thidua.registration.application.unit.UnitImportJobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Import jobs in {@code unit_imports} ({@code _id} = the job id), their changes in {@code unit_import_changes}. */
@Component
public class MongoUnitImportJobs implements UnitImportJobs {

    static final String CHANGES = "unit_import_changes";

    private final MongoTemplate mongo;
    private final RecordDocuments<UnitImportJob> jobs;

    public MongoUnitImportJobs(MongoTemplate mongo) {
        this.mongo = mongo;
        this.jobs = new RecordDocuments<>(mongo, UnitImportJob.class, "unit_imports", "jobId");
    }

    @Override
    public void save(UnitImportJob job) {
        jobs.save(job);
    }

    @Override
    public Optional<UnitImportJob> find(String jobId) {
        return jobs.findById(jobId);
    }

    @Override
    public List<UnitImportJob> recent(int limit) {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "submittedAt")).limit(limit);
        query.fields().exclude("rejections");
        return jobs.find(query);
    }

    @Override
    public void addChanges(List<UnitImportChange> changes) {
        mongo.insert(changes, CHANGES);
    }

    @Override
    public List<UnitImportChange> changes(String jobId, int offset, int limit) {
        return mongo.find(Query.query(Criteria.where("jobId").is(jobId)).with(Sort.by("seq")).skip(offset).limit(limit),
                UnitImportChange.class, CHANGES);
    }

    @Override
    public void interruptUnfinished(Instant at, String failure) {
        mongo.updateMulti(Query.query(Criteria.where("status").in(UnitImportJob.Status.QUEUED.name(),
                        UnitImportJob.Status.RUNNING.name())),
                new Update().set("status", UnitImportJob.Status.INTERRUPTED.name()).set("finishedAt", at)
                        .set("failure", failure), jobs.collection());
    }
}
