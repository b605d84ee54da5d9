package vn.thidua.testsupport.identity;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages' role × jurisdiction matrix of one service ({@code page-access-matrix.txt}, the format of
 * {@code access-matrix.txt}, GET routes): every page route needs a rule; each is opened anonymously (sent to
 * sign-in), by every role from the data's own unit, from a unit below it (upward: a commune on district data) and
 * from a sibling, and by users holding several roles; an unknown id gets the 403 of an outsider. Test-support README.
 */
public final class PageAccessMatrix {

    /** Users holding several roles, as the demo's data-entry officers and a few plausible others. */
    public static final List<List<String>> ROLE_SETS = List.of(
            List.of("UNIT_OFFICER", "MANAGING_UNIT_OFFICER"), List.of("BOARD_OFFICER", "VIEWER"),
            List.of("RECOGNISING_AUTHORITY", "COUNCIL_MEMBER"), List.of("ADMINISTRATOR", "VIEWER"));

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private enum Position { INSIDE, BELOW, OUTSIDE }

    private final String baseUrl;
    private final List<AccessMatrix.Rule> rules;
    private final Map<String, String> shared = new LinkedHashMap<>();
    private final Map<String, PageSession> sessions = new LinkedHashMap<>();

    private PageAccessMatrix(String baseUrl, List<AccessMatrix.Rule> rules) {
        this.baseUrl = baseUrl;
        this.rules = rules;
        for (AccessMatrix.Rule rule : rules) {
            if (!rule.operation().method().equals("GET")) {
                throw new IllegalArgumentException("pages: GET routes only, not " + rule.operation());
            }
        }
    }

    /** The matrix of the service's pages at {@code baseUrl}, with the rules of a class-path resource. */
    public static PageAccessMatrix of(String baseUrl, String rulesResource) {
        return new PageAccessMatrix(baseUrl, AccessMatrix.parse(AccessMatrix.read(rulesResource)));
    }

    /** The unit that holds the sample data itself, a unit below it (upward case) and a sibling outside it. */
    public PageAccessMatrix units(String inside, String below, String outside) {
        shared.put("inside", inside);
        shared.put("below", below);
        shared.put("outside", outside);
        return this;
    }

    /** A shared value: a path variable of that name, or a {@code ${name}} placeholder. */
    public PageAccessMatrix value(String name, String value) {
        shared.put(name, value);
        return this;
    }

    /** Page routes (GET patterns) without a rule, and rules naming no route: both must be empty. */
    public List<String> coverageProblems(Collection<String> routes) {
        Set<String> ruled = new LinkedHashSet<>();
        rules.forEach(rule -> ruled.add(rule.operation().path()));
        List<String> problems = new ArrayList<>();
        routes.stream().filter(route -> !ruled.contains(route)).forEach(route -> problems.add("no rule for GET " + route));
        ruled.stream().filter(path -> !routes.contains(path)).forEach(path -> problems.add("rule for no route: GET " + path));
        return problems;
    }

    /** Every rule as anonymous, every role and role set at every position, and an unknown id: what was not as ruled. */
    public List<String> violations() {
        List<String> violations = new ArrayList<>();
        for (AccessMatrix.Rule rule : rules) {
            String path = path(rule, Map.of());
            HttpResponse<String> anonymous = PageSession.anonymous(baseUrl).browse(path);
            String location = anonymous.headers().firstValue("Location").orElse("");
            if (anonymous.statusCode() != 302 || !location.contains("/oauth2/authorization/")) {
                violations.add(rule.operation() + " anonymous: expected the way to sign-in, got "
                        + anonymous.statusCode() + " " + location);
            }
            List<List<String>> roleSets = new ArrayList<>();
            AccessMatrix.ROLES.forEach(role -> roleSets.add(List.of(role)));
            roleSets.addAll(ROLE_SETS);
            for (List<String> roles : roleSets) {
                for (Position position : Position.values()) {
                    boolean allowed = roles.stream().anyMatch(rule.roles()::contains)
                            && (!rule.subtree() || position == Position.INSIDE
                            || rule.reach() && position == Position.BELOW);
                    int status = session(roles, position).browse(path).statusCode();
                    String who = String.join("+", roles) + " " + position.name().toLowerCase() + " "
                            + unit(position);
                    if (allowed && (status == 401 || status == 403 || status == 302 && signInAgain(roles, position, path))) {
                        violations.add(rule.operation() + " as " + who + ": expected the page, got " + status);
                    } else if (!allowed && status != 403) {
                        violations.add(rule.operation() + " as " + who + ": expected 403, got " + status);
                    }
                }
            }
            violations.addAll(unknownIds(rule));
        }
        return violations;
    }

    /** An allowed role from the inside naming an id nobody has gets the outsider's 403, and no echo of the id. */
    private List<String> unknownIds(AccessMatrix.Rule rule) {
        List<String> violations = new ArrayList<>();
        if (!rule.subtree() || rule.roles().isEmpty()) return violations;
        String role = rule.roles().iterator().next();
        Matcher variables = PATH_VARIABLE.matcher(rule.operation().path());
        while (variables.find()) {
            String unknown = UUID.randomUUID().toString();
            HttpResponse<String> response = session(List.of(role), Position.INSIDE)
                    .browse(path(rule, Map.of(variables.group(1), unknown)));
            if (response.statusCode() != 403 || response.body().contains(unknown)) {
                violations.add(rule.operation() + " as " + role + " with an unknown {" + variables.group(1)
                        + "}: expected the outsider's 403, got " + response.statusCode()
                        + (response.body().contains(unknown) ? " repeating the id" : ""));
            }
        }
        return violations;
    }

    /** How many page requests {@link #violations()} makes (sign-ins aside). */
    public int calls() {
        int perRule = 1 + (AccessMatrix.ROLES.size() + ROLE_SETS.size()) * Position.values().length;
        int unknown = 0;
        for (AccessMatrix.Rule rule : rules) {
            if (rule.subtree() && !rule.roles().isEmpty()) {
                Matcher variables = PATH_VARIABLE.matcher(rule.operation().path());
                while (variables.find()) unknown++;
            }
        }
        return rules.size() * perRule + unknown;
    }

    private boolean signInAgain(List<String> roles, Position position, String path) {
        return session(roles, position).browse(path).headers().firstValue("Location").orElse("")
                .contains("/oauth2/authorization/");
    }

    private String unit(Position position) {
        String unit = shared.get(position.name().toLowerCase());
        if (unit == null) throw new IllegalStateException("units(inside, below, outside) not set");
        return unit;
    }

    private PageSession session(List<String> roles, Position position) {
        String key = String.join("+", roles) + "@" + position;
        return sessions.computeIfAbsent(key, ignored -> PageSession.signedIn(baseUrl, TestUser.of(
                "trang-" + String.join("-", roles).toLowerCase() + "-" + position.name().toLowerCase(),
                unit(position), roles.toArray(String[]::new))));
    }

    private String path(AccessMatrix.Rule rule, Map<String, String> overrides) {
        return AccessMatrix.path(rule, AccessMatrix.values(rule, shared, overrides));
    }
}
