package vn.thidua.registration.domain.plan;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.registration.domain.VietnameseText;
import vn.thidua.registration.domain.dossier.DocumentFormat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A unit's own implementation plan for a campaign (kế hoạch thực hiện phong trào, seed 004 §2.1), id
 * {@code plan:<campaignId>:<unitId>} ({@link #idOf}). Born with its first filing; filing other data again replaces
 * it as the next version (a corrected number, a new plan), filing the same data changes nothing. A filing may carry
 * the plan's signed file (PDF or DOCX); one without a file keeps the file in force when number and date issued are
 * unchanged (the same document, corrected), and has none otherwise (another document).
 */
@Aggregate
public class UnitPlan {

    public static final String ID_PREFIX = "plan:";
    /** Its text lists the fields at fault in the reader's language (worded by the web layer). */
    public static final String INVALID_PLAN = "invalid-plan";
    public static final int NUMBER_MAX = 50;
    public static final int SIGNER_MAX = 150;
    public static final int NOTE_MAX = 1000;
    /** The order of the fields on the form, so a problem lists them as a reader meets them. */
    public static final List<String> FIELD_ORDER = List.of("campaignId", "unitId", "number", "issuedOn", "signer",
            "note", "file");
    /** What a plan's document may be, told by its content: a signed PDF or a Word (DOCX) file. */
    public static final Set<DocumentFormat> DOCUMENT_FORMATS = Set.of(DocumentFormat.PDF, DocumentFormat.DOCX);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @AggregateIdentifier
    private String planId;
    private int version;
    private UnitPlanFiledEvent current;

    protected UnitPlan() {
    }

    /** @return the version in force and whether this filing made it (false: the same plan again) */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Filing handle(FileUnitPlanCommand command) {
        List<FieldIssue> issues = issues(command);
        if (!issues.isEmpty()) throw invalid(issues);
        String number = VietnameseText.nfc(command.number());
        PlanDocument document = command.document() != null ? command.document()
                : current != null && sameDocument(current, number, command.issuedOn()) ? current.document() : null;
        UnitPlanFiledEvent filed = new UnitPlanFiledEvent(command.campaignId().strip(), command.unitId().strip(),
                version + 1, number, command.issuedOn(), VietnameseText.nfc(command.signer()), note(command.note()),
                document);
        if (current != null && sameContent(current, filed)) return new Filing(planId, version, false);
        apply(filed);
        return new Filing(planId, version, true);
    }

    /** What a filing did: the plan's id, its version in force, whether this filing changed it. */
    public record Filing(String planId, int version, boolean changed) {
    }

    @EventSourcingHandler
    void on(UnitPlanFiledEvent event) {
        this.planId = idOf(event.campaignId(), event.unitId());
        this.version = event.version();
        this.current = event;
    }

    /** The plan's aggregate id for a campaign and a unit. */
    public static String idOf(String campaignId, String unitId) {
        return ID_PREFIX + strip(campaignId) + ":" + strip(unitId);
    }

    /** Every issue of a filing that needs no look-up, in form order. */
    public static List<FieldIssue> issues(FileUnitPlanCommand c) {
        List<FieldIssue> issues = new ArrayList<>();
        if (blank(c.campaignId())) issues.add(FieldIssue.of("campaignId", "NotNull"));
        else if (!c.campaignOpen()) issues.add(FieldIssue.of("campaignId", "plan-campaign-closed"));
        if (blank(c.unitId())) issues.add(FieldIssue.of("unitId", "NotNull"));
        text(issues, "number", c.number(), true, NUMBER_MAX);
        if (c.issuedOn() == null) {
            issues.add(FieldIssue.of("issuedOn", "NotNull"));
        } else if (c.today() != null && c.issuedOn().isAfter(c.today())) {
            issues.add(FieldIssue.of("issuedOn", "PastOrPresent"));
        } else if (c.campaignStartsOn() != null && c.issuedOn().isBefore(c.campaignStartsOn())) {
            issues.add(FieldIssue.of("issuedOn", "plan-before-campaign", DAY.format(c.campaignStartsOn())));
        }
        text(issues, "signer", c.signer(), true, SIGNER_MAX);
        text(issues, "note", c.note(), false, NOTE_MAX);
        if (c.document() != null && DocumentFormat.ofMediaType(c.document().mediaType())
                .filter(DOCUMENT_FORMATS::contains).isEmpty()) {
            issues.add(FieldIssue.of("file", "upload-unsupported", c.document().mediaType()));
        }
        return issues;
    }

    public static InvalidInput invalid(List<FieldIssue> issues) {
        List<FieldIssue> ordered = issues.stream()
                .sorted(Comparator.comparingInt(i -> order(i.field()))).toList();
        return new InvalidInput(INVALID_PLAN, ordered);
    }

    private static int order(String field) {
        int at = FIELD_ORDER.indexOf(field);
        return at < 0 ? FIELD_ORDER.size() : at;
    }

    private static void text(List<FieldIssue> issues, String field, String value, boolean required, int max) {
        if (blank(value)) {
            if (required) issues.add(FieldIssue.of(field, "NotNull"));
        } else if (VietnameseText.nfc(value).length() > max) {
            issues.add(FieldIssue.of(field, "plan-too-long", max));
        }
    }

    private static boolean sameContent(UnitPlanFiledEvent a, UnitPlanFiledEvent b) {
        return Objects.equals(a.number(), b.number()) && Objects.equals(a.issuedOn(), b.issuedOn())
                && Objects.equals(a.signer(), b.signer()) && Objects.equals(a.note(), b.note())
                && Objects.equals(sha256(a.document()), sha256(b.document()));
    }

    /** The same document: a corrected signer or note leaves it, another number or date makes another. */
    private static boolean sameDocument(UnitPlanFiledEvent current, String number, LocalDate issuedOn) {
        return Objects.equals(current.number(), number) && Objects.equals(current.issuedOn(), issuedOn);
    }

    private static String sha256(PlanDocument document) {
        return document == null ? null : document.sha256();
    }

    private static String note(String note) {
        return blank(note) ? null : VietnameseText.nfc(note);
    }

    private static String strip(String id) {
        return id == null ? null : id.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
