package vn.thidua.award.application;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The award views in memory, for testing the application without MongoDB. */
public class InMemoryAwardViewStore implements AwardViewStore {

    final Map<String, EligibleModelView> models = new LinkedHashMap<>();
    final Map<String, AwardProposalView> proposals = new LinkedHashMap<>();
    final Map<String, RoundView> rounds = new LinkedHashMap<>();
    final Map<String, String> closedModels = new LinkedHashMap<>();

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
    public void removeEligibleModel(String modelId) {
        EligibleModelView closed = models.remove(modelId);
        if (closed != null) closedModels.put(modelId, closed.unitId());
    }

    @Override
    public Optional<String> closedModelUnit(String modelId) {
        return Optional.ofNullable(closedModels.get(modelId));
    }

    @Override
    public Optional<AwardProposalView> proposal(String proposalId) {
        return Optional.ofNullable(proposals.get(proposalId));
    }

    @Override
    public List<AwardProposalView> proposals(ProposalCriteria criteria, Predicate<String> visible, int limit) {
        return proposals.values().stream().filter(criteria::matches).filter(p -> visible.test(p.unitId()))
                .sorted(Comparator.comparing(AwardProposalView::proposedAt)).limit(limit).toList();
    }

    @Override
    public void save(AwardProposalView proposal) {
        proposals.put(proposal.proposalId(), proposal);
    }

    @Override
    public Optional<RoundView> round(String roundId) {
        return Optional.ofNullable(rounds.get(roundId));
    }

    @Override
    public List<RoundView> rounds(Predicate<RoundView> visible, int limit) {
        return rounds.values().stream().filter(visible)
                .sorted(Comparator.comparing(RoundView::openedAt).reversed()).limit(limit).toList();
    }

    @Override
    public void save(RoundView round) {
        rounds.put(round.roundId(), round);
    }
}
