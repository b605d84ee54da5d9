package vn.thidua.reporting.adapter.in.web.dashboard;

import vn.thidua.reporting.domain.award.AwardBreakdown;
import vn.thidua.reporting.domain.award.AwardBreakdown.Row;
import vn.thidua.reporting.domain.award.AwardBreakdown.RoundRow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign's awards (khen thưởng) for the dashboard and the open data: per form and per round, in the reader's
 * words (a form by its name, {@code code.awardForm.<code>}, else by its published form; a round by its name).
 */
public record AwardsView(List<Line> forms, List<Line> rounds, Line total) {

    /** One row: its name, the counts, the approvals' money, and for a round its budget and what is left (or null). */
    public record Line(String key, String name, long proposed, long approved, long rejected, long withdrawn,
                       long amount, Long budget, Long remaining) {

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", key);
            json.put("name", name);
            json.put("proposed", proposed);
            json.put("approved", approved);
            json.put("rejected", rejected);
            json.put("withdrawn", withdrawn);
            json.put("amount", amount);
            if (budget != null || remaining != null) {
                json.put("budget", budget);
                json.put("remaining", remaining);
            }
            return json;
        }
    }

    public static AwardsView of(AwardBreakdown breakdown, DashboardTexts texts) {
        List<Line> forms = breakdown.byForm().stream()
                .map(row -> line(row, formName(row, texts), null, null)).toList();
        List<Line> rounds = breakdown.byRound().stream().map(row -> line(row.counts(), roundName(row, texts),
                row.round() == null ? null : row.round().budget(), row.remaining())).toList();
        return new AwardsView(forms, rounds, line(breakdown.totals(), texts.text("awards.total"), null, null));
    }

    public boolean isEmpty() {
        return total.proposed() == 0;
    }

    /** The open data's {@code awards}: per form and per round, with the totals. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("byForm", forms.stream().map(Line::json).toList());
        json.put("byRound", rounds.stream().map(Line::json).toList());
        Map<String, Object> total = this.total.json();
        total.remove("code");
        total.remove("name");
        json.put("totals", total);
        return json;
    }

    private static Line line(Row row, String name, Long budget, Long remaining) {
        return new Line(row.key(), name, row.proposed(), row.approved(), row.rejected(), row.withdrawn(),
                row.amount(), budget, remaining);
    }

    private static String formName(Row row, DashboardTexts texts) {
        String name = texts.codes().name("awardForm", row.key());
        if (!name.equals(row.key()) || row.awardForm() == null) return name;
        return texts.codes().name("awardForm", row.awardForm());
    }

    private static String roundName(RoundRow row, DashboardTexts texts) {
        if (row.roundId() == null) return texts.text("awards.round.none");
        if (row.round() == null || row.round().name() == null) return texts.text("awards.round.unknown");
        return row.round().name();
    }
}
