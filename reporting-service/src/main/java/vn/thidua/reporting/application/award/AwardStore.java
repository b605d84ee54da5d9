package vn.thidua.reporting.application.award;

import vn.thidua.reporting.application.ProjectionBatch;
import vn.thidua.reporting.application.ProjectionBatchWriter;
import vn.thidua.reporting.domain.award.AwardProposal;
import vn.thidua.reporting.domain.award.AwardRound;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The award proposals and rounds of the projection (port); each write folds partial views by {@code merge}. */
public interface AwardStore extends ProjectionBatchWriter {

    @Override
    default void write(ProjectionBatch batch) {
        applyAll(batch.awardProposals(), batch.awardRounds());
    }

    /** Folds the partial views into the stored ones, by id. */
    void applyAll(List<AwardProposal> proposals, List<AwardRound> rounds);

    List<AwardProposal> proposals(String campaignId);

    /** The rounds of these ids that are known, by id. */
    Map<String, AwardRound> rounds(Collection<String> roundIds);
}
