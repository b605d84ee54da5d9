package vn.thidua.registration.domain.model;

import vn.thidua.contracts.IndividualRegistrant;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.registration.domain.VietnameseText;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The rules a registration (Mẫu 1) must keep on its own, without looking anything up. Pure functions, used by
 * the {@link Model} aggregate (which refuses a command breaking them) and by the application service (which
 * adds the look-ups — campaign, units, replicated model — and reports every bad field of a request at once).
 * Field names are those of the REST request and the form: {@code individual.fullName} for nested ones.
 */
public final class ModelRules {

    public static final int ID_MAX = 64;
    public static final int TITLE_MIN = 3;
    public static final int TITLE_MAX = 300;
    /** content (nội dung), method (cách làm), expected results (kết quả dự kiến): about two typed pages each. */
    public static final int TEXT_MAX = 4000;
    public static final int NAME_MAX = 150;
    public static final int POSITION_MAX = 150;
    public static final int WORKPLACE_MAX = 300;
    public static final int REASON_MAX = 1000;
    /** Earliest plausible start: the movement ("Dân vận khéo", 1999 onward) has no model starting before 2000. */
    public static final LocalDate EARLIEST_START = LocalDate.of(2000, 1, 1);
    /** A start further ahead than this is a typing mistake, not a plan. */
    public static final int LATEST_START_YEARS_AHEAD = 10;

    /** The order fields appear in on the form (Mẫu 1), so a problem lists them as a reader meets them. */
    public static final List<String> FIELD_ORDER = List.of("campaignId", "unitId", "managingUnitId", "registrantKind",
            "individual", "individual.fullName", "individual.position", "individual.workplace", "novelty", "title",
            "field", "content", "method", "expectedResults", "startDate", "replicaOf", "reason");

    /** Field code: an "other"-field model needs a managing unit to confirm its content. */
    public static final String MANAGING_UNIT_FOR_OTHER = "model-managing-unit-for-other";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ModelRules() {
    }

    /** Every issue of a registration command, in form order; empty when it may be registered. */
    public static List<FieldIssue> registrationIssues(RegisterModelCommand c) {
        List<FieldIssue> issues = new ArrayList<>();
        id(issues, "campaignId", c.campaignId(), true);
        id(issues, "unitId", c.unitId(), true);
        id(issues, "managingUnitId", c.managingUnitId(), false);
        if (c.registrantKind() == null) issues.add(required("registrantKind"));
        IndividualRegistrant individual = individual(c.individual());
        if (c.registrantKind() == RegistrantKind.INDIVIDUAL) {
            String name = individual == null ? null : individual.fullName();
            String position = individual == null ? null : individual.position();
            String workplace = individual == null ? null : individual.workplace();
            text(issues, "individual.fullName", name, true, 1, NAME_MAX);
            text(issues, "individual.position", position, true, 1, POSITION_MAX);
            text(issues, "individual.workplace", workplace, true, 1, WORKPLACE_MAX);
        } else if (c.registrantKind() == RegistrantKind.COLLECTIVE && individual != null) {
            if (!blank(individual.fullName())) issues.add(onlyForIndividual("individual.fullName"));
            if (!blank(individual.position())) issues.add(onlyForIndividual("individual.position"));
            if (!blank(individual.workplace())) issues.add(onlyForIndividual("individual.workplace"));
        }
        if (c.novelty() == null) issues.add(required("novelty"));
        contentIssues(issues, c.title(), c.field(), c.content(), c.method(), c.expectedResults(), c.startDate(),
                c.registeredOn());
        if (c.field() == ModelField.OTHER && blank(c.managingUnitId()) && !blank(c.unitId())) {
            issues.add(FieldIssue.of("managingUnitId", MANAGING_UNIT_FOR_OTHER));
        }
        id(issues, "replicaOf", c.replicaOf(), false);
        return inFormOrder(issues);
    }

    /** Every issue of an amendment's values (the state rules — withdrawn, locked — are the aggregate's). */
    public static List<FieldIssue> amendmentIssues(AmendModelCommand c) {
        List<FieldIssue> issues = new ArrayList<>();
        contentIssues(issues, c.title(), c.field(), c.content(), c.method(), c.expectedResults(), c.startDate(),
                c.amendedOn());
        text(issues, "reason", c.reason(), false, 0, REASON_MAX);
        return inFormOrder(issues);
    }

    private static void contentIssues(List<FieldIssue> issues, String title, ModelField field, String content,
                                      String method, String expectedResults, LocalDate startDate, LocalDate today) {
        text(issues, "title", title == null ? null : VietnameseText.nfc(title), true, TITLE_MIN, TITLE_MAX);
        if (field == null) issues.add(required("field"));
        if (field == ModelField.OTHER && blank(content)) {
            issues.add(FieldIssue.of("content", "model-content-for-other"));
        } else {
            text(issues, "content", content, false, 0, TEXT_MAX);
        }
        text(issues, "method", method, false, 0, TEXT_MAX);
        text(issues, "expectedResults", expectedResults, false, 0, TEXT_MAX);
        if (startDate != null) {
            LocalDate latest = Objects.requireNonNull(today, "today").plusYears(LATEST_START_YEARS_AHEAD);
            if (startDate.isBefore(EARLIEST_START) || startDate.isAfter(latest)) {
                issues.add(FieldIssue.of("startDate", "model-start-date-range", DAY.format(EARLIEST_START),
                        DAY.format(latest), EARLIEST_START.toString(), latest.toString()));
            }
        }
    }

    /** One violation naming all the fields, with the same wording as the platform's input validation. */
    public static InvalidInput invalid(List<FieldIssue> issues) {
        return new InvalidInput(issues);
    }

    public static List<FieldIssue> inFormOrder(List<FieldIssue> issues) {
        List<FieldIssue> sorted = new ArrayList<>(issues);
        sorted.sort(Comparator.comparingInt(i -> {
            int index = FIELD_ORDER.indexOf(i.field());
            return index < 0 ? FIELD_ORDER.size() : index;
        }));
        return sorted;
    }

    // ---- normal forms, shared by the aggregate -------------------------------------------------------------

    /** A one-line text as stored: NFC, single spaces; blank becomes null. */
    public static String line(String text) {
        return blank(text) ? null : VietnameseText.nfc(text);
    }

    /** A multi-line text as stored: NFC, surrounding whitespace removed, line breaks kept; blank becomes null. */
    public static String paragraph(String text) {
        return blank(text) ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** An individual registrant as stored: null when every part is blank. */
    public static IndividualRegistrant individual(IndividualRegistrant individual) {
        if (individual == null) return null;
        String name = line(individual.fullName());
        String position = line(individual.position());
        String workplace = line(individual.workplace());
        return name == null && position == null && workplace == null ? null
                : new IndividualRegistrant(name, position, workplace);
    }

    public static String id(String id) {
        return blank(id) ? null : id.strip();
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    // ---- issues --------------------------------------------------------------------------------------------

    private static void id(List<FieldIssue> issues, String field, String value, boolean required) {
        if (blank(value)) {
            if (required) issues.add(required(field));
        } else if (value.strip().length() > ID_MAX) {
            issues.add(tooLong(field, ID_MAX));
        }
    }

    private static void text(List<FieldIssue> issues, String field, String value, boolean required, int min, int max) {
        if (blank(value)) {
            if (required) issues.add(required(field));
            return;
        }
        int length = value.strip().codePointCount(0, value.strip().length());
        if (length > max) issues.add(tooLong(field, max));
        else if (length < min) {
            issues.add(FieldIssue.of(field, "model-too-short", String.valueOf(min)));
        }
    }

    /** "là bắt buộc": the platform's text for a missing value. */
    public static FieldIssue required(String field) {
        return FieldIssue.of(field, "NotNull");
    }

    public static FieldIssue tooLong(String field, int max) {
        return FieldIssue.of(field, "model-too-long", String.valueOf(max));
    }

    private static FieldIssue onlyForIndividual(String field) {
        return FieldIssue.of(field, "model-only-for-individual");
    }
}
