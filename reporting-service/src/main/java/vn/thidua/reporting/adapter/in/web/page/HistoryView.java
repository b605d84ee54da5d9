package vn.thidua.reporting.adapter.in.web.page;

import vn.thidua.pages.Formats;
import vn.thidua.reporting.application.history.ModelHistoryQueries.ModelHistory;
import vn.thidua.reporting.domain.history.HistoryEntry;
import vn.thidua.reporting.adapter.in.web.history.ModelActionTexts;

import java.util.List;
import java.util.Locale;

/** What the history page shows, in the reader's language, times in Vietnam time. */
public record HistoryView(String modelId, String title, String unit, String campaignId, List<Row> rows) {

    public record Row(String at, String who, String unit, String action, String reason, String detail,
                      String correlationId) {
    }

    static HistoryView of(ModelHistory history, Locale locale, ModelActionTexts texts) {
        Formats formats = Formats.of(locale);
        List<Row> rows = history.entries().stream()
                .map(e -> row(e, history, formats, texts.text(e.action(), locale),
                        texts.detail(e.action(), e.detail(), locale))).toList();
        String title = history.model().registration() != null ? history.model().registration().title() : null;
        if (history.model().details() != null) title = history.model().details().title();
        String unit = history.model().unitId() == null ? "—"
                : history.unitName(history.model().unitId()) + " (" + history.model().unitId() + ")";
        return new HistoryView(history.model().modelId(), title, unit, history.model().campaignId(), rows);
    }

    private static Row row(HistoryEntry e, ModelHistory history, Formats formats, String action, String detail) {
        String unit = e.actorUnitId() == null || "none".equals(e.actorUnitId()) ? "—"
                : history.unitName(e.actorUnitId()) + " (" + e.actorUnitId() + ")";
        return new Row(formats.timeToSecond(e.at()), e.actorUserId() == null ? "—" : e.actorUserId(), unit,
                action, e.reason(), detail, e.correlationId() == null ? "—" : e.correlationId());
    }
}
