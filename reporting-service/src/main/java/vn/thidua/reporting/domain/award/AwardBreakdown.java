package vn.thidua.reporting.domain.award;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A campaign's awards (khen thưởng) by form and by round, as they stood at an instant: proposals made, approved,
 * rejected, withdrawn, and the money of the approvals; a round also shows its budget and what is left of it.
 * A proposal of no round (before rounds) is counted under round {@code null}.
 */
public record AwardBreakdown(List<Row> byForm, List<RoundRow> byRound, Row totals) {

    /**
     * Counts of one form or round (of all: {@code key} null); {@code awardForm} is the published form of its
     * proposals (none without a key), which names a form code this service does not know.
     */
    public record Row(String key, String awardForm, long proposed, long approved, long rejected, long withdrawn,
                      long amount) {

        Row plus(AwardProposal p) {
            boolean withdrawnFirst = p.withdrawnAt() != null && p.outcome() == null;
            return new Row(key, awardForm != null || key == null ? awardForm : p.awardForm(), proposed + 1, approved + (p.approved() ? 1 : 0),
                    rejected + (p.outcome() != null && !p.approved() ? 1 : 0), withdrawn + (withdrawnFirst ? 1 : 0),
                    amount + (p.approved() && p.amount() != null ? p.amount() : 0));
        }
    }

    /** One round's counts, its name and budget when its opening has arrived ({@code round} null otherwise). */
    public record RoundRow(String roundId, AwardRound round, Row counts) {

        /** The budget less the approvals' money; null without a budget. */
        public Long remaining() {
            return round == null || round.budget() == null ? null : round.budget() - counts.amount();
        }
    }

    /**
     * @param until the end of the standing day, or null for everything known
     */
    public static AwardBreakdown of(Collection<AwardProposal> proposals, Map<String, AwardRound> rounds,
                                    Instant until) {
        List<AwardProposal> standing = proposals.stream().map(p -> p.asOf(until))
                .filter(java.util.Objects::nonNull).sorted(Comparator.comparing(AwardProposal::proposalId)).toList();
        Map<String, Row> byForm = tally(standing, AwardProposal::form);
        Map<String, Row> byRound = tally(standing, AwardProposal::round);
        Row totals = new Row(null, null, 0, 0, 0, 0, 0);
        for (AwardProposal p : standing) totals = totals.plus(p);
        return new AwardBreakdown(List.copyOf(byForm.values()), byRound.values().stream()
                .map(row -> new RoundRow(row.key(), row.key() == null ? null : rounds.get(row.key()), row)).toList(),
                totals);
    }

    private static Map<String, Row> tally(List<AwardProposal> proposals, Function<AwardProposal, String> key) {
        Map<String, Row> rows = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (AwardProposal p : proposals) {
            String k = key.apply(p);
            rows.put(k, rows.getOrDefault(k, new Row(k, null, 0, 0, 0, 0, 0)).plus(p));
        }
        return new LinkedHashMap<>(rows);
    }

    public boolean isEmpty() {
        return totals.proposed() == 0;
    }
}
