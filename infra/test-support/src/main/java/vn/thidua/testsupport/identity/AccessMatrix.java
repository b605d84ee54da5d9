package vn.thidua.testsupport.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role × jurisdiction matrix of one service, from its OpenAPI document and the rule table beside the test
 * ({@code access-matrix.txt}, format in test-support's README): every operation needs a rule and every rule an
 * operation; each is called as anonymous (401), then as every role from inside and outside the data's subtree —
 * allowed means anything but 401/403, everyone else gets 403 (never 200, never a telling 404). An id that does
 * not exist gets the very answer of an id outside one's subtree ({@link #unknownIdViolations()}).
 */
public final class AccessMatrix {

    public static final List<String> ROLES = List.of("UNIT_OFFICER", "MANAGING_UNIT_OFFICER", "RECOGNISING_AUTHORITY",
            "COUNCIL_MEMBER", "BOARD_OFFICER", "VIEWER", "ADMINISTRATOR");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    public record Operation(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * {@code reach}: a {@code subtree} rule whose data the units below it read too (scope {@code reach}, e.g. a
     * council's round, read by the units it serves); only the page matrix has a unit below to tell it by.
     */
    public record Rule(Operation operation, Set<String> roles, boolean subtree, Map<String, String> values, String body,
                       boolean reach) {
        public Rule(Operation operation, Set<String> roles, boolean subtree, Map<String, String> values, String body) {
            this(operation, roles, subtree, values, body, false);
        }

        boolean allows(String role, boolean inside) {
            return roles.contains(role) && (inside || !subtree);
        }
    }

    private final String baseUrl;
    private final TestIdentity identity;
    private final List<Rule> rules;
    private final Map<String, String> shared = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    private AccessMatrix(String baseUrl, TestIdentity identity, List<Rule> rules) {
        this.baseUrl = baseUrl;
        this.identity = identity;
        this.rules = rules;
    }

    /** The matrix of the service at {@code baseUrl}, with the rules of a class-path resource. */
    public static AccessMatrix of(String baseUrl, TestIdentity identity, String rulesResource) {
        return new AccessMatrix(baseUrl, identity, parse(read(rulesResource)));
    }

    /** The unit whose subtree holds the sample data, and a unit outside it (e.g. a sibling). */
    public AccessMatrix units(String inside, String outside) {
        shared.put("inside", inside);
        shared.put("outside", outside);
        return this;
    }

    /** A shared value: a path variable of that name, or a {@code ${name}} placeholder. */
    public AccessMatrix value(String name, String value) {
        shared.put(name, value);
        return this;
    }

    /** The operations of the service's OpenAPI document ({@code /v3/api-docs}). */
    public List<Operation> publishedOperations() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IllegalStateException("/v3/api-docs answered " + response.statusCode());
        List<Operation> operations = new ArrayList<>();
        JsonNode paths = json.readTree(response.body()).path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (METHODS.contains(method)) operations.add(new Operation(method.toUpperCase(), path.getKey()));
            }
        }
        return operations;
    }

    /** Operations without a rule, and rules naming no published operation: both must be empty. */
    public List<String> coverageProblems() throws IOException, InterruptedException {
        List<Operation> published = publishedOperations();
        Set<Operation> ruled = new LinkedHashSet<>();
        rules.forEach(rule -> ruled.add(rule.operation()));
        List<String> problems = new ArrayList<>();
        for (Operation operation : published) {
            if (!ruled.contains(operation)) problems.add("no rule for " + operation);
        }
        for (Operation operation : ruled) {
            if (!published.contains(operation)) problems.add("rule for an operation not published: " + operation);
        }
        return problems;
    }

    /** Calls every operation as anonymous and as every role from inside and outside; returns what was not as ruled. */
    public List<String> violations() throws IOException, InterruptedException {
        List<String> violations = new ArrayList<>();
        for (Rule rule : rules) {
            int anonymous = call(rule, null);
            if (anonymous != 401) violations.add(rule.operation() + " anonymous: expected 401, got " + anonymous);
            for (String role : ROLES) {
                for (boolean inside : new boolean[] {true, false}) {
                    String unit = shared.get(inside ? "inside" : "outside");
                    TestUser user = TestUser.of("matrix-" + role.toLowerCase() + (inside ? "-in" : "-out"), unit, role);
                    int status = call(rule, user);
                    boolean allowed = rule.allows(role, inside);
                    String who = role + (inside ? " inside " : " outside ") + unit;
                    if (allowed && (status == 401 || status == 403)) {
                        violations.add(rule.operation() + " as " + who + ": expected to pass, got " + status);
                    } else if (!allowed && status != 403) {
                        violations.add(rule.operation() + " as " + who + ": expected 403, got " + status);
                    }
                }
            }
        }
        return violations;
    }

    /**
     * No oracle: for every subtree rule with path variables, an allowed role inside the subtree naming an id that
     * does not exist (one variable at a time) gets what the same role outside gets for the real id — 403 and the
     * same problem body, the correlation id aside; neither body repeats the path asked for.
     */
    public List<String> unknownIdViolations() throws IOException, InterruptedException {
        List<String> violations = new ArrayList<>();
        for (Rule rule : rules) {
            if (!rule.subtree() || rule.roles().isEmpty()) continue;
            String role = rule.roles().iterator().next();
            Matcher variables = PATH_VARIABLE.matcher(rule.operation().path());
            while (variables.find()) {
                String variable = variables.group(1);
                TestUser outside = TestUser.of("matrix-" + role.toLowerCase() + "-out", shared.get("outside"), role);
                TestUser inside = TestUser.of("matrix-" + role.toLowerCase() + "-in", shared.get("inside"), role);
                HttpResponse<String> refused = send(rule, outside, Map.of());
                HttpResponse<String> unknown = send(rule, inside, Map.of(variable, unknownLike(rule, variable)));
                String who = rule.operation() + " as " + role + " with an unknown {" + variable + "}";
                if (unknown.statusCode() != refused.statusCode()) {
                    violations.add(who + ": got " + unknown.statusCode() + ", outside the subtree " + refused.statusCode());
                } else if (repeatsPath(refused) || repeatsPath(unknown)) {
                    violations.add(who + ": the body repeats the path: " + refused.body());
                } else if (!withoutCorrelation(unknown.body()).equals(withoutCorrelation(refused.body()))) {
                    violations.add(who + ": another body than outside the subtree: " + unknown.body() + " / "
                            + refused.body());
                }
            }
        }
        return violations;
    }

    private static boolean repeatsPath(HttpResponse<String> response) {
        String path = response.request().uri().getRawPath();
        return response.body() != null && (response.body().contains(path)
                || response.body().contains(java.net.URLDecoder.decode(path, StandardCharsets.UTF_8)));
    }

    /** An id of the same shape as the rule's sample (a MongoDB object id stays 24 hex digits), that nobody has. */
    private String unknownLike(Rule rule, String variable) {
        String sample = values(rule, shared, Map.of()).getOrDefault(variable, "");
        String random = UUID.randomUUID().toString();
        return sample.matches("[0-9a-f]{24}") ? random.replace("-", "").substring(0, 24) : random;
    }

    private String withoutCorrelation(String body) throws IOException {
        if (body == null || body.isBlank()) return "";
        try {
            JsonNode node = json.readTree(body);
            if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
                object.remove("correlationId");
                object.remove("instance"); // the request's correlation id too
            }
            return node.toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            return body;
        }
    }

    /** How many calls {@link #violations()} makes. */
    public int calls() {
        return rules.size() * (1 + ROLES.size() * 2);
    }

    private int call(Rule rule, TestUser user) throws IOException, InterruptedException {
        return send(rule, user, Map.of()).statusCode();
    }

    /** The values of a call: the shared ones, a fresh {@code random}, the rule's own, then {@code overrides}. */
    static Map<String, String> values(Rule rule, Map<String, String> shared, Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>(shared);
        values.put("random", UUID.randomUUID().toString().substring(0, 8));
        rule.values().forEach((name, value) -> values.put(name, fill(value, values)));
        values.putAll(overrides);
        return values;
    }

    /** The rule's path with its variables filled in from {@code values}. */
    static String path(Rule rule, Map<String, String> values) {
        Matcher variables = PATH_VARIABLE.matcher(rule.operation().path());
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String value = values.get(variables.group(1));
            if (value == null) throw new IllegalStateException("no value for {" + variables.group(1) + "} of " + rule.operation());
            variables.appendReplacement(path, Matcher.quoteReplacement(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        variables.appendTail(path);
        return path.toString();
    }

    private HttpResponse<String> send(Rule rule, TestUser user, Map<String, String> overrides)
            throws IOException, InterruptedException {
        Map<String, String> values = values(rule, shared, overrides);
        String path = path(rule, values);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (user != null) request.header("Authorization", identity.bearer(user));
        String body = fill(rule.body(), values);
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
        if (body.startsWith("json:")) {
            request.header("Content-Type", "application/json");
            publisher = HttpRequest.BodyPublishers.ofString(body.substring(5), StandardCharsets.UTF_8);
        } else if (body.startsWith("multipart:")) {
            String[] part = body.substring(10).split("[=:]", 3); // field=filename:content
            String boundary = "matrix" + UUID.randomUUID();
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
            String content = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part[0] + "\"; filename=\""
                    + part[1] + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + (part.length > 2 ? part[2] : "")
                    + "\r\n--" + boundary + "--\r\n";
            publisher = HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8);
        } else if (!rule.operation().method().equals("GET") && !rule.operation().method().equals("DELETE")) {
            request.header("Content-Type", "application/json");
            publisher = HttpRequest.BodyPublishers.ofString("{}");
        }
        request.method(rule.operation().method(), publisher);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String fill(String template, Map<String, String> values) {
        if (template == null) return "";
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) throw new IllegalStateException("no value for ${" + matcher.group(1) + "}");
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static List<Rule> parse(String text) {
        List<Rule> rules = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\n")) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
            String[] cells = trimmed.split("\\s*\\|\\s*", 6);
            if (cells.length < 4) throw new IllegalArgumentException("line " + number + ": METHOD | path | roles | scope [| values | body]");
            Set<String> roles = new LinkedHashSet<>();
            for (String role : cells[2].split("\\s*,\\s*")) {
                if (role.equals("*")) roles.addAll(ROLES);
                else if (ROLES.contains(role)) roles.add(role);
                else if (!role.equals("-")) throw new IllegalArgumentException("line " + number + ": unknown role " + role);
            }
            if (!cells[3].equals("subtree") && !cells[3].equals("any") && !cells[3].equals("reach")) {
                throw new IllegalArgumentException("line " + number + ": scope is subtree, reach or any");
            }
            Map<String, String> values = new LinkedHashMap<>();
            if (cells.length > 4 && !cells[4].isBlank() && !cells[4].equals("-")) {
                for (String pair : cells[4].split("\\s*,\\s*")) {
                    String[] nameValue = pair.split("=", 2);
                    values.put(nameValue[0], nameValue[1]);
                }
            }
            rules.add(new Rule(new Operation(cells[0].toUpperCase(), cells[1]), roles, !cells[3].equals("any"), values,
                    cells.length > 5 ? cells[5] : "", cells[3].equals("reach")));
        }
        return rules;
    }

    static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no class-path resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
