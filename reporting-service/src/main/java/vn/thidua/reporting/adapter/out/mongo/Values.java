package vn.thidua.reporting.adapter.out.mongo;

import org.bson.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/** How values are kept in the documents: instants as dates (milliseconds), days as ISO text (they sort). */
final class Values {

    private Values() {
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static Instant instant(Document doc, String key) {
        Date date = doc.getDate(key);
        return date == null ? null : date.toInstant();
    }

    static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    static LocalDate day(Document doc, String key) {
        String text = doc.getString(key);
        return text == null ? null : LocalDate.parse(text);
    }

    static List<Document> list(Document doc, String key) {
        return doc.getList(key, Document.class, List.of());
    }
}
