package vn.thidua.registration.application.unit;

import vn.thidua.registration.domain.VietnameseText;
import vn.thidua.registration.domain.unit.CloseUnitCommand;
import vn.thidua.registration.domain.unit.MoveUnitCommand;
import vn.thidua.registration.domain.unit.OpenUnitCommand;
import vn.thidua.registration.domain.unit.ReclassifyUnitCommand;
import vn.thidua.registration.domain.unit.RenameUnitCommand;
import vn.thidua.registration.domain.unit.UnitCommand;
import vn.thidua.registration.domain.unit.UnitRules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the rows of an organisation-tree file into the commands that make the tree say what the file says,
 * checked against the current tree (the {@code units} view) plus the file itself: each row alone, the rows
 * together, then against the tree (the rules are listed in the service README). Pure: no I/O, no Axon. Steps
 * come parents first; a row without opened_on opens on {@code effectiveOn}.
 */
public final class ImportPlanner {

    /** A row that will not be applied, and why (in Vietnamese and English). */
    public record Rejection(Integer line, String code, String reason, String messageVi, String messageEn) {

        /** By line (rows made by the application last), then by code. */
        public static final Comparator<Rejection> IN_FILE_ORDER = Comparator
                .comparing((Rejection r) -> r.line() == null ? Integer.MAX_VALUE : r.line())
                .thenComparing(r -> String.valueOf(r.code()));
    }

    /** A row to apply: its commands in order (none when the tree already says what the row says). */
    public record Step(UnitRow row, String code, int depth, List<UnitCommand> commands) {
        public boolean unchanged() {
            return commands.isEmpty();
        }
    }

    public record Plan(int total, List<Step> steps, List<Rejection> rejections) {
        public long unchanged() {
            return steps.stream().filter(Step::unchanged).count();
        }

        public long commandCount() {
            return steps.stream().mapToLong(s -> s.commands().size()).sum();
        }
    }

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** A row that passed its own checks, normalised (NFC, trimmed). */
    private record Candidate(int index, UnitRow row, String code, String parent, String level, String kind,
                             String name, String fullName, List<String> groups, LocalDate openedOn,
                             LocalDate closedOn, String successor) {
    }

    private record Issue(String reason, String vi, String en) {
    }

    private final Map<String, UnitView> tree;
    private final LocalDate effectiveOn;
    private final Map<String, Candidate> candidates = new LinkedHashMap<>();
    /** Rows rejected so far, by code (the first rejection of a code), to explain the rejection of its children. */
    private final Map<String, Rejection> rejectedCodes = new HashMap<>();
    private final List<Rejection> rejections = new ArrayList<>();

    /** The tree's units by parent code. */
    private final Map<String, List<UnitView>> childrenInTree = new HashMap<>();

    private ImportPlanner(Map<String, UnitView> tree, LocalDate effectiveOn) {
        this.tree = tree;
        this.effectiveOn = effectiveOn;
        tree.values().forEach(u -> {
            if (u.parentId() != null) childrenInTree.computeIfAbsent(u.parentId(), p -> new ArrayList<>()).add(u);
        });
    }

    /**
     * @param rows        the file's rows, in file order
     * @param tree        the current tree by unit code
     * @param effectiveOn opening date of new units whose row has no opened_on
     */
    public static Plan plan(List<UnitRow> rows, Map<String, UnitView> tree, LocalDate effectiveOn) {
        return new ImportPlanner(tree, Objects.requireNonNull(effectiveOn, "effectiveOn")).run(rows);
    }

    private Plan run(List<UnitRow> rows) {
        List<Candidate> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Candidate candidate = checkRow(i, rows.get(i));
            if (candidate != null) checked.add(candidate);
        }
        rejectDuplicates(checked);
        boolean changed;
        do {
            changed = rejectUnknownParents();
            changed |= rejectCycles();
            changed |= rejectClosuresLeavingOpenChildren();
            changed |= rejectClosedParents();
        } while (changed);
        rejectUnknownSuccessors();

        Map<String, Integer> depths = new HashMap<>();
        List<Step> steps = new ArrayList<>();
        List<Candidate> ordered = new ArrayList<>(candidates.values());
        ordered.sort(Comparator.comparingInt((Candidate c) -> depth(c.code(), depths)).thenComparingInt(Candidate::index));
        for (Candidate candidate : ordered) {
            Step step = diff(candidate, depth(candidate.code(), depths));
            if (step != null) steps.add(step);
        }
        rejections.sort(Rejection.IN_FILE_ORDER);
        return new Plan(rows.size(), List.copyOf(steps), List.copyOf(rejections));
    }

    // ------------------------------------------------------------------ one row alone

    private Candidate checkRow(int index, UnitRow row) {
        List<Issue> issues = new ArrayList<>();
        String code = text(row.code());
        String parent = text(row.parentCode());
        String level = VietnameseText.nfc(text(row.level()));
        String kind = VietnameseText.nfc(text(row.kind()));
        String name = VietnameseText.nfc(text(row.name()));
        String fullName = VietnameseText.nfc(text(row.fullName()));
        List<String> missing = new ArrayList<>();
        if (code == null) missing.add("code");
        if (level == null) missing.add("level");
        if (kind == null) missing.add("kind");
        if (name == null) missing.add("name");
        if (!missing.isEmpty()) {
            String columns = String.join(", ", missing);
            issues.add(new Issue("missing-value", "thiếu giá trị bắt buộc ở cột " + columns,
                    "missing required value in column " + columns));
        }
        if (code != null && !UnitRules.CODE.matcher(code).matches()) {
            issues.add(badCode("code", code));
        }
        if (parent != null && !UnitRules.CODE.matcher(parent).matches()) {
            issues.add(badCode("parent_code", parent));
        }
        if (code != null && code.equals(parent)) {
            issues.add(new Issue("cycle", "đơn vị không thể là cấp trên của chính nó", "a unit cannot be its own parent"));
        }
        if (fullName == null && name != null && kind != null) {
            fullName = capitalise(kind) + " " + name; // "xã" + "Ba Vì" → "Xã Ba Vì", as the reference files write it
        }
        for (String[] field : new String[][] {{"name", name}, {"full_name", fullName}}) {
            if (field[1] != null && field[1].length() > UnitRules.MAX_NAME) {
                issues.add(new Issue("too-long", "cột " + field[0] + " dài quá " + UnitRules.MAX_NAME + " ký tự",
                        "column " + field[0] + " is longer than " + UnitRules.MAX_NAME + " characters"));
            }
        }
        for (String[] field : new String[][] {{"level", level}, {"kind", kind}}) {
            if (field[1] != null && field[1].length() > UnitRules.MAX_KIND) {
                issues.add(new Issue("too-long", "cột " + field[0] + " dài quá " + UnitRules.MAX_KIND + " ký tự",
                        "column " + field[0] + " is longer than " + UnitRules.MAX_KIND + " characters"));
            }
        }
        List<String> groups = row.groups() == null ? null : splitGroups(row.groups());
        if (groups != null && (groups.size() > UnitRules.MAX_GROUPS || groups.stream().anyMatch(g -> g.length() > UnitRules.MAX_KIND))) {
            issues.add(new Issue("too-long", "cột groups có quá nhiều nhóm hoặc nhóm quá dài",
                    "column groups has too many or too long groups"));
        }
        LocalDate openedOn = date("opened_on", row.openedOn(), issues);
        LocalDate closedOn = date("closed_on", row.closedOn(), issues);
        String successor = text(row.successorCode());
        if (successor != null && !UnitRules.CODE.matcher(successor).matches()) {
            issues.add(badCode("successor_code", successor));
        }
        if (successor != null && closedOn == null) {
            issues.add(new Issue("successor-without-closure", "chỉ ghi successor_code khi có closed_on",
                    "successor_code needs closed_on"));
        }
        if (successor != null && successor.equals(code)) {
            issues.add(new Issue("bad-successor", "đơn vị không thể kế thừa chính nó", "a unit cannot be its own successor"));
        }
        if (closedOn != null && !closedOn.isAfter(openedOn != null ? openedOn : effectiveOn)
                && (openedOn != null || code == null || !tree.containsKey(code))) {
            issues.add(new Issue("closed-before-opened",
                    "closed_on " + closedOn + " phải sau ngày thành lập " + (openedOn != null ? openedOn : effectiveOn),
                    "closed_on " + closedOn + " must be after the opening date " + (openedOn != null ? openedOn : effectiveOn)));
        }
        if (row.extraValues() > 0) {
            issues.add(new Issue("extra-values",
                    "dòng có nhiều giá trị hơn số cột của dòng tiêu đề (dấu phẩy trong tên chưa đặt trong ngoặc kép?)",
                    "the row has more values than the header has columns (a comma in a name without quotes?)"));
        }
        if (issues.isEmpty() && code != null) {
            UnitView existing = tree.get(code);
            if (existing != null && existing.closedOn() != null
                    && !(existing.closedOn().equals(closedOn) && Objects.equals(existing.successorId(), successor))) {
                issues.add(new Issue("unit-closed",
                        "đơn vị đã giải thể từ ngày " + existing.closedOn() + ", không thể thay đổi hay mở lại",
                        "the unit was closed on " + existing.closedOn() + " and cannot change or reopen"));
            }
        }
        if (!issues.isEmpty()) {
            reject(row, code, issues);
            return null;
        }
        return new Candidate(index, row, code, parent, level, kind, name, fullName, groups, openedOn, closedOn, successor);
    }

    private static Issue badCode(String column, String value) {
        return new Issue("bad-code",
                "mã '" + value + "' ở cột " + column + " không hợp lệ (chỉ gồm chữ không dấu, chữ số, '.', '_', '-')",
                "code '" + value + "' in column " + column + " is invalid (ASCII letters, digits, '.', '_', '-' only)");
    }

    private static LocalDate date(String column, String value, List<Issue> issues) {
        String text = text(value);
        if (text == null) return null;
        try {
            return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            issues.add(new Issue("bad-date",
                    "ngày '" + text + "' ở cột " + column + " không hợp lệ (dùng dạng 2025-07-01 hoặc 01/07/2025)",
                    "date '" + text + "' in column " + column + " is invalid (write 2025-07-01 or 01/07/2025)"));
            return null;
        }
    }

    // ------------------------------------------------------------------ rows together

    private void rejectDuplicates(List<Candidate> checked) {
        Map<String, List<Candidate>> byCode = checked.stream()
                .collect(Collectors.groupingBy(Candidate::code, LinkedHashMap::new, Collectors.toList()));
        for (Candidate candidate : checked) {
            List<Candidate> same = byCode.get(candidate.code());
            if (same.size() == 1) {
                candidates.put(candidate.code(), candidate);
                continue;
            }
            String lines = same.stream().map(c -> c.row().line() == null ? "?" : c.row().line().toString())
                    .collect(Collectors.joining(", "));
            reject(candidate.row(), candidate.code(), List.of(new Issue("duplicate-code",
                    "mã " + candidate.code() + " xuất hiện nhiều lần trong tệp (dòng " + lines + ")",
                    "code " + candidate.code() + " appears more than once in the file (lines " + lines + ")")));
        }
    }

    /** Rows whose parent is neither in the file (accepted) nor in the tree; repeated until none is left. */
    private boolean rejectUnknownParents() {
        boolean any = false;
        boolean changed;
        do {
            changed = false;
            for (Candidate candidate : List.copyOf(candidates.values())) {
                String parent = candidate.parent();
                if (parent == null || candidates.containsKey(parent) || tree.containsKey(parent)) continue;
                Rejection parentRejection = rejectedCodes.get(parent);
                Issue issue = parentRejection != null
                        ? new Issue("parent-rejected",
                        "đơn vị cấp trên " + parent + lineOf(parentRejection, "dòng") + " bị từ chối: " + parentRejection.messageVi(),
                        "parent " + parent + lineOf(parentRejection, "line") + " was rejected: " + parentRejection.messageEn())
                        : new Issue("unknown-parent",
                        "không tìm thấy đơn vị cấp trên " + parent + " (không có trong cây đơn vị lẫn trong tệp)",
                        "unknown parent " + parent + " (neither in the organisation tree nor in the file)");
                candidates.remove(candidate.code());
                reject(candidate.row(), candidate.code(), List.of(issue));
                changed = true;
                any = true;
            }
        } while (changed);
        return any;
    }

    /** Rows that make a cycle through the file and the tree (A under B, B under A) are all rejected. */
    private boolean rejectCycles() {
        Set<String> settled = new HashSet<>();
        List<List<String>> cycles = new ArrayList<>();
        for (String start : candidates.keySet()) {
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            String node = start;
            while (node != null && !settled.contains(node)) {
                if (!onPath.add(node)) {
                    cycles.add(List.copyOf(path.subList(path.indexOf(node), path.size())));
                    break;
                }
                path.add(node);
                node = parentOf(node);
            }
            settled.addAll(path);
        }
        boolean any = false;
        for (List<String> cycle : cycles) {
            String shown = String.join(" → ", cycle) + " → " + cycle.get(0);
            for (String code : cycle) {
                Candidate candidate = candidates.remove(code);
                if (candidate == null) continue;
                reject(candidate.row(), code, List.of(new Issue("cycle", "tạo vòng lặp trong cây: " + shown,
                        "makes a cycle in the tree: " + shown)));
                any = true;
            }
        }
        return any;
    }

    /**
     * A unit cannot close while units below it stay open (they must be closed or moved in the same file): its row
     * is rejected and it stays open, so rows of the units below it are still applied.
     */
    private boolean rejectClosuresLeavingOpenChildren() {
        Map<String, List<String>> fileChildren = new HashMap<>();
        for (Candidate candidate : candidates.values()) {
            if (candidate.parent() != null && candidate.closedOn() == null && !tree.containsKey(candidate.code())) {
                fileChildren.computeIfAbsent(candidate.parent(), p -> new ArrayList<>()).add(candidate.code());
            }
        }
        boolean any = false;
        for (Candidate candidate : List.copyOf(candidates.values())) {
            if (candidate.closedOn() == null) continue;
            UnitView existing = tree.get(candidate.code());
            if (existing != null && existing.closedOn() != null) continue; // closed already, the same way
            List<String> open = new ArrayList<>(fileChildren.getOrDefault(candidate.code(), List.of()));
            for (UnitView child : childrenInTree.getOrDefault(candidate.code(), List.of())) {
                Candidate row = candidates.get(child.unitId());
                boolean staysOpenHere = row == null ? child.closedOn() == null
                        : row.closedOn() == null && candidate.code().equals(row.parent());
                if (staysOpenHere) open.add(child.unitId());
            }
            if (open.isEmpty()) continue;
            java.util.Collections.sort(open);
            String shown = String.join(", ", open.subList(0, Math.min(open.size(), 5))) + (open.size() > 5 ? ", …" : "");
            candidates.remove(candidate.code());
            reject(candidate.row(), candidate.code(), List.of(new Issue("open-children",
                    open.size() + " đơn vị trực thuộc vẫn hoạt động (" + shown + "); hãy giải thể hoặc chuyển chúng trước",
                    open.size() + " units below it stay open (" + shown + "); close or move them first")));
            any = true;
        }
        return any;
    }

    /** A unit that stays open cannot sit below a closed one. */
    private boolean rejectClosedParents() {
        boolean any = false;
        for (Candidate candidate : List.copyOf(candidates.values())) {
            if (candidate.closedOn() != null || candidate.parent() == null) continue;
            LocalDate parentClosed = closedOn(candidate.parent());
            if (parentClosed == null) continue;
            candidates.remove(candidate.code());
            reject(candidate.row(), candidate.code(), List.of(new Issue("closed-parent",
                    "đơn vị cấp trên " + candidate.parent() + " đã giải thể (ngày " + parentClosed + ")",
                    "parent " + candidate.parent() + " is closed (on " + parentClosed + ")")));
            any = true;
        }
        return any;
    }

    private void rejectUnknownSuccessors() {
        for (Candidate candidate : List.copyOf(candidates.values())) {
            String successor = candidate.successor();
            if (successor == null || candidates.containsKey(successor) || tree.containsKey(successor)) continue;
            candidates.remove(candidate.code());
            reject(candidate.row(), candidate.code(), List.of(new Issue("unknown-successor",
                    "không tìm thấy đơn vị kế thừa " + successor, "unknown successor " + successor)));
        }
    }

    private String parentOf(String code) {
        Candidate candidate = candidates.get(code);
        if (candidate != null) return candidate.parent();
        UnitView unit = tree.get(code);
        return unit == null ? null : unit.parentId();
    }

    private LocalDate closedOn(String code) {
        Candidate candidate = candidates.get(code);
        if (candidate != null) return candidate.closedOn();
        UnitView unit = tree.get(code);
        return unit == null ? null : unit.closedOn();
    }

    private int depth(String code, Map<String, Integer> memo) {
        Integer known = memo.get(code);
        if (known != null) return known;
        Candidate candidate = candidates.get(code);
        int depth;
        if (candidate == null) {
            UnitView unit = tree.get(code);
            depth = unit == null || unit.ancestorIds() == null ? 0 : unit.ancestorIds().size();
        } else {
            depth = candidate.parent() == null ? 0 : depth(candidate.parent(), memo) + 1;
        }
        memo.put(code, depth);
        return depth;
    }

    // ------------------------------------------------------------------ against the tree

    private Step diff(Candidate c, int depth) {
        UnitView existing = tree.get(c.code());
        List<UnitCommand> commands = new ArrayList<>();
        if (existing == null) {
            commands.add(new OpenUnitCommand(c.code(), c.parent(), c.kind(), c.level(), c.name(), c.fullName(),
                    c.groups() == null ? List.of() : c.groups(), c.openedOn() != null ? c.openedOn() : effectiveOn));
            if (c.closedOn() != null) commands.add(new CloseUnitCommand(c.code(), c.closedOn(), c.successor()));
            return new Step(c.row(), c.code(), depth, List.copyOf(commands));
        }
        if (existing.closedOn() != null) {
            // closed the same way already (checked in checkRow); anything else that differs cannot change any more
            if (c.name().equals(existing.name()) && c.fullName().equals(existing.fullName())
                    && Objects.equals(c.parent(), existing.parentId()) && c.kind().equals(existing.kind())
                    && c.level().equals(existing.level())) {
                return new Step(c.row(), c.code(), depth, List.of());
            }
            reject(c.row(), c.code(), List.of(new Issue("unit-closed",
                    "đơn vị đã giải thể từ ngày " + existing.closedOn() + ", không thể thay đổi",
                    "the unit was closed on " + existing.closedOn() + " and cannot change")));
            return null;
        }
        List<Issue> issues = new ArrayList<>();
        if (c.openedOn() != null && existing.openedOn() != null && !c.openedOn().equals(existing.openedOn())) {
            issues.add(new Issue("opened-on-differs",
                    "opened_on " + c.openedOn() + " khác ngày thành lập trong cây đơn vị (" + existing.openedOn() + ")",
                    "opened_on " + c.openedOn() + " differs from the opening date in the tree (" + existing.openedOn() + ")"));
        }
        if (c.parent() == null && existing.parentId() != null) {
            issues.add(new Issue("move-to-root",
                    "đơn vị đang thuộc " + existing.parentId() + "; không thể chuyển lên cấp cao nhất bằng tệp",
                    "the unit is below " + existing.parentId() + "; a file cannot move it to the top of the tree"));
        }
        if (c.closedOn() != null && existing.openedOn() != null && !c.closedOn().isAfter(existing.openedOn())) {
            issues.add(new Issue("closed-before-opened",
                    "closed_on " + c.closedOn() + " phải sau ngày thành lập " + existing.openedOn(),
                    "closed_on " + c.closedOn() + " must be after the opening date " + existing.openedOn()));
        }
        if (!issues.isEmpty()) {
            reject(c.row(), c.code(), issues);
            return null;
        }
        if (!c.name().equals(existing.name()) || !c.fullName().equals(existing.fullName())) {
            commands.add(new RenameUnitCommand(c.code(), c.name(), c.fullName()));
        }
        List<String> groups = c.groups() == null ? nonNull(existing.groups()) : c.groups();
        if (!c.kind().equals(existing.kind()) || !c.level().equals(existing.level())
                || !groups.equals(nonNull(existing.groups()))) {
            commands.add(new ReclassifyUnitCommand(c.code(), c.kind(), c.level(), groups));
        }
        if (c.parent() != null && !c.parent().equals(existing.parentId())) {
            commands.add(new MoveUnitCommand(c.code(), c.parent()));
        }
        if (c.closedOn() != null) commands.add(new CloseUnitCommand(c.code(), c.closedOn(), c.successor()));
        return new Step(c.row(), c.code(), depth, List.copyOf(commands));
    }

    // ------------------------------------------------------------------ helpers

    private void reject(UnitRow row, String code, List<Issue> issues) {
        Rejection rejection = new Rejection(row.line(), code, issues.get(0).reason(),
                issues.stream().map(Issue::vi).collect(Collectors.joining("; ")),
                issues.stream().map(Issue::en).collect(Collectors.joining("; ")));
        rejections.add(rejection);
        if (code != null) rejectedCodes.putIfAbsent(code, rejection);
    }

    private static String lineOf(Rejection rejection, String word) {
        return rejection.line() == null ? "" : " (" + word + " " + rejection.line() + ")";
    }

    private static String text(String value) {
        if (value == null) return null;
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Groups are separated by ';' or '|' (a comma would clash with CSV). */
    static List<String> splitGroups(String value) {
        if (value == null || value.isBlank()) return List.of();
        return UnitRules.groups(List.of(value.split("[;|]")));
    }

    private static List<String> nonNull(List<String> groups) {
        return groups == null ? List.of() : groups;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + text.substring(1);
    }
}
