package vn.thidua.award.application;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Where the eligible models, the rounds and the award proposals live (port; MongoDB in production). */
public interface AwardViewStore {

    Optional<EligibleModelView> eligibleModel(String modelId);

    /**
     * The eligible models of the campaign ({@code null}: any), eligible longest first, of units {@code visible}
     * accepts, at most {@code limit}.
     */
    List<EligibleModelView> eligibleModels(String campaignId, Predicate<String> visible, int limit);

    /** Stores a newly eligible model (replacing one of the same id). */
    void save(EligibleModelView model);

    /** The model is no longer eligible (withdrawn, or its recognition revoked). */
    void removeEligibleModel(String modelId);

    /** The unit of a model that was eligible and is no longer; empty for one never heard of. */
    Optional<String> closedModelUnit(String modelId);

    Optional<AwardProposalView> proposal(String proposalId);

    /**
     * The proposals matching every given criterion ({@code null}: any), oldest first, of units {@code visible}
     * accepts, at most {@code limit}.
     */
    List<AwardProposalView> proposals(ProposalCriteria criteria, Predicate<String> visible, int limit);

    /** Stores a proposal (replacing one of the same id). */
    void save(AwardProposalView proposal);

    Optional<RoundView> round(String roundId);

    /** The rounds {@code visible} accepts, newest first, at most {@code limit}. */
    List<RoundView> rounds(Predicate<RoundView> visible, int limit);

    /** Stores a round (replacing one of the same id). */
    void save(RoundView round);

    /** Criteria of a proposal list; {@code null}: any. */
    record ProposalCriteria(String campaignId, String modelId, String roundId, AwardProposalView.ProposalStatus status) {

        public static ProposalCriteria of(String campaignId, String modelId) {
            return new ProposalCriteria(campaignId, modelId, null, null);
        }

        public boolean matches(AwardProposalView p) {
            return (campaignId == null || campaignId.equals(p.campaignId()))
                    && (modelId == null || modelId.equals(p.modelId()))
                    && (roundId == null || roundId.equals(p.roundId()))
                    && (status == null || status == p.status());
        }
    }
}
