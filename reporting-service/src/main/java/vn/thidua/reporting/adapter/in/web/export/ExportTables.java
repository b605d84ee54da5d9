package vn.thidua.reporting.adapter.in.web.export;

import vn.thidua.reporting.adapter.in.web.dashboard.AwardsView;
import vn.thidua.reporting.adapter.in.web.dashboard.DashboardTexts;
import vn.thidua.reporting.domain.breakdown.Breakdowns;
import vn.thidua.reporting.domain.deadline.Timeliness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The dashboard's breakdowns, awards and late and overdue as titled tables in the reader's words (Vietnamese in the
 * exports), for the summary table's extra sheets and the review report's sections. Counts stay numbers.
 */
public record ExportTables(List<Table> tables) {

    /**
     * One table: the sheet it goes on, its title, its header and its rows.
     *
     * @param inReport whether the review report prints it (the fields are there already)
     */
    public record Table(String sheet, String title, List<String> columns, List<List<Object>> rows, boolean inReport) {

        /** The rows with numbers written the reader's way. */
        public List<List<String>> texts(Function<Number, String> number) {
            return rows.stream().map(row -> row.stream().map(cell -> cell instanceof Number n ? number.apply(n)
                    : cell == null ? "" : cell.toString()).toList()).toList();
        }
    }

    public static ExportTables of(Breakdowns b, AwardsView awards, Timeliness timeliness, DashboardTexts texts) {
        String models = texts.text("coverage.fields.models");
        String kinds = texts.text("export.sheet.kinds");
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(kinds, texts.text("coverage.fields.caption"),
                List.of(texts.text("coverage.fields.field"), models),
                counts(b.byField(), code -> texts.codes().field(code)), false));
        tables.add(new Table(kinds, texts.text("export.byRegistrantKind"),
                List.of(texts.text("export.registrantKind"), models),
                counts(b.byRegistrantKind(), code -> name(texts, "registrantKind", code)), true));
        tables.add(new Table(kinds, texts.text("export.byNovelty"), List.of(texts.text("export.novelty"), models),
                counts(b.byNovelty(), code -> name(texts, "novelty", code)), true));

        List<String> perYear = new ArrayList<>(List.of(texts.text("coverage.stages.unit")));
        b.years().forEach(y -> perYear.add(texts.text("breakdowns.year", y.toString())));
        perYear.add(texts.text("coverage.models.late"));
        List<List<Object>> years = new ArrayList<>();
        for (Breakdowns.UnitYears u : b.units()) {
            List<Object> row = new ArrayList<>(List.<Object>of(u.name()));
            row.addAll(u.models());
            row.add(u.late());
            years.add(row);
        }
        List<Object> met = new ArrayList<>(List.<Object>of(texts.text("breakdowns.perYear.met")));
        b.totals().forEach(t -> met.add(t.met() + "/" + t.units()));
        met.add("");
        years.add(met);
        String perYearSheet = texts.text("export.sheet.perYear");
        tables.add(new Table(perYearSheet, texts.text("breakdowns.perYear") + " ("
                + texts.text("export.perYear.target", b.perUnitPerYear()) + ")", perYear, years, true));
        tables.add(new Table(perYearSheet, texts.text("breakdowns.replicas"),
                List.of(texts.text("breakdowns.replicas.original"), texts.text("export.code"),
                        texts.text("breakdowns.replicas.count")),
                b.replicas().stream().map(r -> List.<Object>of(r.title() != null ? r.title()
                        : texts.text("breakdowns.replicas.outside", r.originalId()), r.originalId(),
                        r.replicaIds().size())).toList(), true));

        String awardSheet = texts.text("awards.title");
        List<String> counted = List.of(texts.text("awards.proposed"), texts.text("awards.approved"),
                texts.text("awards.rejected"), texts.text("awards.withdrawn"), texts.text("awards.amount"));
        List<String> byForm = new ArrayList<>(List.of(texts.text("awards.form")));
        byForm.addAll(counted);
        List<List<Object>> forms = new ArrayList<>(awards.forms().stream().map(l -> line(l, false)).toList());
        if (!awards.isEmpty()) forms.add(line(awards.total(), false));
        tables.add(new Table(awardSheet, texts.text("awards.byForm"), byForm, forms, true));
        List<String> byRound = new ArrayList<>(List.of(texts.text("awards.round")));
        byRound.addAll(counted);
        byRound.addAll(List.of(texts.text("awards.budget"), texts.text("awards.remaining")));
        tables.add(new Table(awardSheet, texts.text("awards.byRound"), byRound,
                awards.rounds().stream().map(l -> line(l, true)).toList(), true));

        String lateSheet = texts.text("timeliness.title");
        var s = timeliness.supplements();
        tables.add(new Table(lateSheet, texts.text("timeliness.title") + " ("
                + texts.text("timeliness.day", texts.formats().date(timeliness.day())) + ")",
                List.of(texts.text("export.item"), texts.text("export.count")), List.of(
                List.<Object>of(texts.text("timeliness.late"),
                        timeliness.registeredLate() + "/" + timeliness.registrations()),
                List.<Object>of(texts.text("timeliness.supplements.requested"), s.requested()),
                List.<Object>of(texts.text("timeliness.supplements.answered"),
                        s.answered() + " (" + s.answeredLate() + ")"),
                List.<Object>of(texts.text("timeliness.supplements.overdue"), s.overdue()),
                List.<Object>of(texts.text("timeliness.supplements.pending"), s.pending())), true));
        tables.add(new Table(lateSheet, texts.text("timeliness.windows.caption"),
                List.of(texts.text("timeliness.windows.window"), texts.text("todo.dueOn"),
                        texts.text("timeliness.windows.units"), texts.text("timeliness.windows.filed"),
                        texts.text("timeliness.windows.overdue")),
                timeliness.windows().stream().map(w -> List.<Object>of(w.name() == null ? "" : w.name(),
                        texts.formats().date(w.dueOn()), w.units(), w.filed(), w.overdue())).toList(), true));
        return new ExportTables(List.copyOf(tables));
    }

    /** A section of the review report: its numbered heading, header and rows written the reader's way. */
    public record Section(String heading, List<String> columns, List<List<String>> rows) {
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
            "XIII", "XIV", "XV"};

    /** The tables the review report prints, numbered from {@code first} (1 = I). */
    public List<Section> sections(int first, Function<Number, String> number) {
        List<Table> printed = tables.stream().filter(Table::inReport).toList();
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            Table t = printed.get(i);
            sections.add(new Section(ROMAN[first - 1 + i] + ". " + t.title(), t.columns(), t.texts(number)));
        }
        return sections;
    }

    private static List<List<Object>> counts(Map<String, Long> counts, Function<String, String> name) {
        return counts.entrySet().stream().map(e -> List.<Object>of(name.apply(e.getKey()), e.getValue())).toList();
    }

    private static String name(DashboardTexts texts, String group, String code) {
        return texts.codes().name(group, code);
    }

    private static List<Object> line(AwardsView.Line l, boolean round) {
        List<Object> row = new ArrayList<>(List.<Object>of(l.name(), l.proposed(), l.approved(), l.rejected(),
                l.withdrawn(), l.amount()));
        if (round) {
            row.add(l.budget() == null ? "" : l.budget());
            row.add(l.remaining() == null ? "" : l.remaining());
        }
        return row;
    }
}
