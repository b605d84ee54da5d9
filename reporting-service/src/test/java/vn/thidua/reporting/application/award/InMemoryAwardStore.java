package vn.thidua.reporting.application.award;

import vn.thidua.reporting.domain.award.AwardProposal;
import vn.thidua.reporting.domain.award.AwardRound;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The award store in memory, for plain-class tests. */
public class InMemoryAwardStore implements AwardStore {

    private final Map<String, AwardProposal> proposals = new TreeMap<>();
    private final Map<String, AwardRound> rounds = new TreeMap<>();

    @Override
    public void applyAll(List<AwardProposal> proposals, List<AwardRound> rounds) {
        proposals.forEach(p -> this.proposals.merge(p.proposalId(), p, AwardProposal::merge));
        rounds.forEach(r -> this.rounds.merge(r.roundId(), r, AwardRound::merge));
    }

    @Override
    public List<AwardProposal> proposals(String campaignId) {
        return proposals.values().stream().filter(p -> campaignId.equals(p.campaignId())).toList();
    }

    @Override
    public Map<String, AwardRound> rounds(Collection<String> roundIds) {
        Map<String, AwardRound> found = new HashMap<>();
        roundIds.forEach(id -> {
            if (rounds.containsKey(id)) found.put(id, rounds.get(id));
        });
        return found;
    }
}
