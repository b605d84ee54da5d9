package vn.thidua.reporting.adapter.out.mongo;

import org.bson.Document;
import vn.thidua.reporting.domain.unit.ParentLink;
import vn.thidua.reporting.domain.unit.Unit;

import java.util.List;

import static vn.thidua.reporting.adapter.out.mongo.Values.date;
import static vn.thidua.reporting.adapter.out.mongo.Values.day;
import static vn.thidua.reporting.adapter.out.mongo.Values.instant;
import static vn.thidua.reporting.adapter.out.mongo.Values.list;
import static vn.thidua.reporting.adapter.out.mongo.Values.text;

/** A {@link Unit} as a document of {@value MongoProjectionStore#UNITS} ({@code _id} = unit id). */
final class UnitDocuments {

    private UnitDocuments() {
    }

    static Document toDocument(Unit unit) {
        return new Document("_id", unit.unitId())
                .append("kind", unit.kind())
                .append("level", unit.level())
                .append("groups", unit.groups())
                .append("openedOn", text(unit.openedOn()))
                .append("parentId", unit.parentId())
                .append("openedAt", date(unit.openedAt()))
                .append("name", unit.name())
                .append("fullName", unit.fullName())
                .append("namedAt", date(unit.namedAt()))
                .append("moves", unit.moves().stream().map(m -> new Document("parentId", m.parentId())
                        .append("since", text(m.since())).append("at", date(m.at()))).toList())
                .append("closedOn", text(unit.closedOn()))
                .append("successorId", unit.successorId())
                .append("closedAt", date(unit.closedAt()))
                .append("classifiedAt", date(unit.classifiedAt()));
    }

    static Unit toUnit(Document doc) {
        List<ParentLink> moves = list(doc, "moves").stream()
                .map(m -> new ParentLink(m.getString("parentId"), day(m, "since"), instant(m, "at"))).toList();
        return new Unit(doc.getString("_id"), doc.getString("kind"), doc.getString("level"),
                doc.getList("groups", String.class, List.of()), day(doc, "openedOn"), doc.getString("parentId"),
                instant(doc, "openedAt"), doc.getString("name"), doc.getString("fullName"), instant(doc, "namedAt"),
                moves, day(doc, "closedOn"), doc.getString("successorId"), instant(doc, "closedAt"),
                // documents written before reclassifications were published: classified by their opening
                doc.containsKey("classifiedAt") ? instant(doc, "classifiedAt") : instant(doc, "openedAt"));
    }
}
