package vn.thidua.award.application;

import vn.thidua.contracts.AwardOutcome;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Where the eligible models and the award proposals live (port; MongoDB in production). */
public interface AwardViewStore {

    Optional<EligibleModelView> eligibleModel(String modelId);

    /**
     * The eligible models of the campaign ({@code null}: any), eligible longest first, of units {@code visible}
     * accepts, at most {@code limit}.
     */
    List<EligibleModelView> eligibleModels(String campaignId, Predicate<String> visible, int limit);

    /** Stores a newly eligible model (replacing one of the same id). */
    void save(EligibleModelView model);

    Optional<AwardProposalView> proposal(String proposalId);

    /**
     * The proposals matching every given criterion ({@code null}: any), oldest first, of units {@code visible}
     * accepts, at most {@code limit}.
     */
    List<AwardProposalView> proposals(String campaignId, String modelId, Predicate<String> visible, int limit);

    /** Stores a new proposal (replacing one of the same id). */
    void save(AwardProposalView proposal);

    void decided(String proposalId, AwardOutcome outcome, String decisionNumber, Instant at);
}
