package vn.thidua.award.application;

import vn.thidua.contracts.AwardOutcome;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The award views in memory, for testing the application without MongoDB. */
class InMemoryAwardViewStore implements AwardViewStore {

    final Map<String, EligibleModelView> models = new LinkedHashMap<>();
    final Map<String, AwardProposalView> proposals = new LinkedHashMap<>();

    @Override
    public Optional<EligibleModelView> eligibleModel(String modelId) {
        return Optional.ofNullable(models.get(modelId));
    }

    @Override
    public List<EligibleModelView> eligibleModels(String campaignId, Predicate<String> visible, int limit) {
        return models.values().stream()
                .filter(m -> campaignId == null || campaignId.equals(m.campaignId()))
                .filter(m -> visible.test(m.unitId()))
                .sorted(Comparator.comparing(EligibleModelView::eligibleSince)).limit(limit).toList();
    }

    @Override
    public void save(EligibleModelView model) {
        models.put(model.modelId(), model);
    }

    @Override
    public Optional<AwardProposalView> proposal(String proposalId) {
        return Optional.ofNullable(proposals.get(proposalId));
    }

    @Override
    public List<AwardProposalView> proposals(String campaignId, String modelId, Predicate<String> visible, int limit) {
        return proposals.values().stream()
                .filter(p -> campaignId == null || campaignId.equals(p.campaignId()))
                .filter(p -> modelId == null || modelId.equals(p.modelId()))
                .filter(p -> visible.test(p.unitId()))
                .sorted(Comparator.comparing(AwardProposalView::proposedAt)).limit(limit).toList();
    }

    @Override
    public void save(AwardProposalView proposal) {
        proposals.put(proposal.proposalId(), proposal);
    }

    @Override
    public void decided(String proposalId, AwardOutcome outcome, String decisionNumber, Instant at) {
        proposals.computeIfPresent(proposalId, (id, p) -> new AwardProposalView(id, p.modelId(), p.campaignId(),
                p.unitId(), p.awardForm(), p.reason(), p.proposedAt(), outcome, decisionNumber, at));
    }
}
