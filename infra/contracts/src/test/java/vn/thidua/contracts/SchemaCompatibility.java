package vn.thidua.contracts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backward-compatibility guard for a published schema version: consumers written against the baseline
 * must keep working. Additive changes only — a new optional property, a new enum value (safe only because
 * every reader is tolerant: see the contracts README), wording; anything else is a new version.
 */
final class SchemaCompatibility {

    /** Validation keywords whose any change (tighter or looser) breaks a producer or a validating consumer. */
    private static final List<String> CONSTRAINTS = List.of("const", "pattern", "minLength", "maxLength", "minimum",
            "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "uniqueItems");

    private SchemaCompatibility() {}

    /** Human-readable breaking changes from {@code baseline} to {@code current}; empty when compatible. */
    static List<String> breakingChanges(JsonNode baseline, JsonNode current) {
        List<String> problems = new ArrayList<>();
        if (!baseline.path("$id").equals(current.path("$id"))) {
            problems.add("$id changed from " + baseline.path("$id") + " to " + current.path("$id"));
        }
        compareObject("$", baseline, current, problems);
        return problems;
    }

    private static void compareObject(String path, JsonNode baseline, JsonNode current, List<String> problems) {
        if (baseline.path("additionalProperties").asBoolean(true) && !current.path("additionalProperties").asBoolean(true)) {
            problems.add(path + ": additionalProperties became false (consumers/producers could no longer add fields)");
        }
        Set<String> newRequired = SchemaMatchesRecordTest.strings(current.path("required"));
        newRequired.removeAll(SchemaMatchesRecordTest.strings(baseline.path("required")));
        newRequired.forEach(p -> problems.add(path + "." + p + ": became required"));

        for (Map.Entry<String, JsonNode> entry : iterable(baseline.path("properties"))) {
            String where = path + "." + entry.getKey();
            JsonNode now = current.path("properties").path(entry.getKey());
            if (now.isMissingNode()) {
                problems.add(where + ": property removed");
                continue;
            }
            compareValue(where, entry.getValue(), now, problems);
        }
    }

    private static void compareValue(String where, JsonNode was, JsonNode now, List<String> problems) {
        Set<String> wasTypes = SchemaMatchesRecordTest.typeSet(was);
        Set<String> nowTypes = SchemaMatchesRecordTest.typeSet(now);
        if (!wasTypes.equals(nowTypes)) problems.add(where + ": type changed from " + wasTypes + " to " + nowTypes);
        if (!was.path("format").equals(now.path("format"))) {
            problems.add(where + ": format changed from " + was.path("format") + " to " + now.path("format"));
        }
        for (String keyword : CONSTRAINTS) {
            if (!was.path(keyword).equals(now.path(keyword))) {
                problems.add(where + ": " + keyword + " changed from " + was.path(keyword) + " to " + now.path(keyword));
            }
        }
        if (now.has("enum")) {
            Set<String> lost = was.has("enum") ? new HashSet<>(SchemaMatchesRecordTest.strings(was.path("enum"))) : null;
            if (lost == null) {
                problems.add(where + ": enum constraint added");
            } else {
                lost.removeAll(SchemaMatchesRecordTest.strings(now.path("enum")));
                if (!lost.isEmpty()) problems.add(where + ": enum values removed " + lost);
            }
        }
        if (wasTypes.contains("object")) compareObject(where, was, now, problems);
        if (wasTypes.contains("array") && was.has("items")) compareValue(where + "[]", was.path("items"), now.path("items"), problems);
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
