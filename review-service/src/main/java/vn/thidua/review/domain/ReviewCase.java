package vn.thidua.review.domain;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.contracts.ComprehensiveCriterion;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.domain.StateConflict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The review of one model by its recognising authority (cấp có thẩm quyền): routing, survey, criteria,
 * supplements, the review meeting and the decision. It follows the model's life at registration (withdrawal,
 * amendment, content confirmation, dossier documents). The rules are listed in the service README.
 */
@Aggregate
public class ReviewCase {

    static final String COMPREHENSIVE = "COMPREHENSIVE";
    static final int TEXT_MAX = 4000;
    static final int NAME_MAX = 200;

    @AggregateIdentifier
    private String reviewCaseId;
    private CaseRef ref;
    private String field;
    private CaseStatus status;
    private boolean contentAwaitsConfirmation;
    private boolean criteriaAssessed;
    private Boolean meetingPassed;
    private String openSupplementId;
    private LocalDate openSupplementDue;
    private final Map<String, String> unitDocuments = new LinkedHashMap<>();
    private final Set<AuthorityDocumentKind> authorityDocuments = EnumSet.noneOf(AuthorityDocumentKind.class);

    protected ReviewCase() {
    }

    @CommandHandler
    public ReviewCase(OpenReviewCaseCommand command) {
        Routing routing = command.routing();
        apply(new ReviewCaseOpenedEvent(command.reviewCaseId(), command.modelId(), command.campaignId(),
                command.unitId(), command.title(), command.field(), command.contentConfirmationRequired(),
                routing == null ? null : routing.authorityUnitId(), routing == null ? null : routing.rule(),
                routing == null ? command.unroutedReason() : routing.reason(), command.registrantKind()));
    }

    @CommandHandler
    public void handle(RouteCaseByHandCommand command) {
        List<FieldIssue> issues = new ArrayList<>();
        required(issues, "authorityUnitId", command.authorityUnitId(), NAME_MAX);
        required(issues, "reason", command.reason(), TEXT_MAX);
        if (!issues.isEmpty()) throw new InvalidInput(issues);
        if (status != CaseStatus.NEEDS_ROUTING && status != CaseStatus.OPEN) throw notOpen();
        apply(new CaseRoutedByHandEvent(ref, command.authorityUnitId().strip(), command.reason().strip()));
    }

    @CommandHandler
    public void handle(CloseReviewCaseCommand command) {
        if (status != CaseStatus.NEEDS_ROUTING && status != CaseStatus.OPEN) return;
        apply(new ReviewCaseClosedEvent(ref, "WITHDRAWN", command.reason()));
    }

    @CommandHandler
    public void handle(NoteModelAmendedCommand command) {
        if (status == CaseStatus.CLOSED) return;
        apply(new CaseModelAmendedEvent(ref, command.title(), command.field(), command.contentConfirmationRequired()));
        supplementReceived("AMENDMENT", null, command.amendedOn());
    }

    @CommandHandler
    public void handle(NoteContentConfirmedCommand command) {
        if (contentAwaitsConfirmation) apply(new CaseContentConfirmedEvent(ref));
    }

    @CommandHandler
    public void handle(NoteDossierDocumentCommand command) {
        if (unitDocuments.containsKey(command.documentId())) return;
        apply(new DossierDocumentNotedEvent(ref, command.documentId(), command.kind(), command.fileName()));
        supplementReceived("DOCUMENT", command.documentId(), command.attachedOn());
    }

    @CommandHandler
    public void handle(DropDossierDocumentCommand command) {
        if (unitDocuments.containsKey(command.documentId())) {
            apply(new DossierDocumentDroppedEvent(ref, command.documentId()));
        }
    }

    @CommandHandler
    public void handle(RecordSurveyCommand command) {
        requireOpen();
        List<FieldIssue> issues = new ArrayList<>();
        pastOrToday(issues, "surveyedOn", command.surveyedOn(), command.today());
        names(issues, "inspectors", command.inspectors());
        required(issues, "findings", command.findings(), TEXT_MAX);
        if (!issues.isEmpty()) throw new InvalidInput(issues);
        apply(new SurveyRecordedEvent(ref, command.surveyedOn(), strip(command.inspectors()),
                command.findings().strip()));
    }

    @CommandHandler
    public void handle(AssessCriteriaCommand command) {
        requireOpen();
        if (!COMPREHENSIVE.equals(field)) throw new StateConflict("criteria-only-comprehensive");
        List<CriterionMark> marks = command.criteria() == null ? List.of() : command.criteria();
        Set<ComprehensiveCriterion> seen = EnumSet.noneOf(ComprehensiveCriterion.class);
        boolean complete = marks.stream().allMatch(m -> m != null && m.criterion() != null && m.met() != null
                && seen.add(m.criterion())) && seen.size() == ComprehensiveCriterion.values().length;
        if (!complete) {
            throw new InvalidInput("criteria-incomplete", List.of(FieldIssue.of("criteria", "every-criterion-once")),
                    ComprehensiveCriterion.values().length);
        }
        if (marks.stream().anyMatch(m -> m.evidence() != null && m.evidence().length() > TEXT_MAX)) {
            throw new InvalidInput(FieldIssue.of("criteria", "too-long", TEXT_MAX));
        }
        int score = (int) marks.stream().filter(CriterionMark::met).count();
        apply(new CriteriaAssessedEvent(ref, List.copyOf(marks), score, marks.size()));
    }

    @CommandHandler
    public void handle(RequestSupplementCommand command) {
        requireOpen();
        List<FieldIssue> issues = new ArrayList<>();
        required(issues, "request", command.request(), TEXT_MAX);
        if (command.dueOn() == null) issues.add(FieldIssue.of("dueOn", "required"));
        else if (!command.dueOn().isAfter(command.today())) issues.add(FieldIssue.of("dueOn", "after-today"));
        if (!issues.isEmpty()) throw new InvalidInput(issues);
        if (openSupplementId != null) throw new StateConflict("supplement-pending", openSupplementDue);
        apply(new SupplementRequestedEvent(ref, command.requestId(), command.request().strip(), command.dueOn()));
    }

    @CommandHandler
    public void handle(RecordAuthorityDocumentCommand command) {
        requireOpen();
        List<FieldIssue> issues = new ArrayList<>();
        if (command.kind() == null) issues.add(FieldIssue.of("kind", "required"));
        required(issues, "reference", command.reference(), NAME_MAX);
        pastOrToday(issues, "issuedOn", command.issuedOn(), command.today());
        if (command.file() == null || command.file().documentId() == null) issues.add(FieldIssue.of("file", "required"));
        if (!issues.isEmpty()) throw new InvalidInput(issues);
        apply(new AuthorityDocumentRecordedEvent(ref, command.kind(), command.reference().strip(),
                command.issuedOn(), command.file()));
    }

    @CommandHandler
    public void handle(HoldReviewMeetingCommand command) {
        requireOpen();
        List<FieldIssue> issues = new ArrayList<>();
        pastOrToday(issues, "heldOn", command.heldOn(), command.today());
        required(issues, "chair", command.chair(), NAME_MAX);
        names(issues, "membersPresent", command.membersPresent());
        required(issues, "conclusion", command.conclusion(), TEXT_MAX);
        int present = command.membersPresent() == null ? 0 : command.membersPresent().size();
        count(issues, "membersTotal", command.membersTotal());
        count(issues, "votesFor", command.votesFor());
        count(issues, "votesAgainst", command.votesAgainst());
        count(issues, "votesAbstaining", command.votesAbstaining());
        if (!issues.isEmpty()) throw new InvalidInput(issues);
        if (command.membersTotal() < present) {
            throw new InvalidInput(FieldIssue.of("membersTotal", "at-least-present", present));
        }
        if (command.votesFor() + command.votesAgainst() + command.votesAbstaining() != present) {
            throw new InvalidInput("votes-must-add-up", List.of(FieldIssue.of("votesFor", "votes-add-up", present)),
                    present);
        }
        MeetingRules rules = command.rules() == null ? MeetingRules.DEFAULT : command.rules();
        boolean quorum = rules.quorumMet(present, command.membersTotal());
        boolean passed = quorum && rules.majorityFor(command.votesFor(), present);
        apply(new ReviewMeetingHeldEvent(ref, command.heldOn(), command.chair().strip(),
                strip(command.membersPresent()), command.membersTotal(), command.votesFor(), command.votesAgainst(),
                command.votesAbstaining(), quorum, passed, command.conclusion().strip()));
    }

    @CommandHandler
    public void handle(RecognizeModelCommand command) {
        if (command.recognizedByUnitId() == null || command.recognizedByUnitId().isBlank()) {
            throw new InvalidInput("recognizing-unit-required",
                    List.of(FieldIssue.of("recognizedByUnitId", "required")));
        }
        RecognitionDecision decision = command.decision();
        List<FieldIssue> issues = new ArrayList<>();
        required(issues, "decisionNumber", decision == null ? null : decision.number(), NAME_MAX);
        if (decision == null || decision.decidedOn() == null) issues.add(FieldIssue.of("decidedOn", "required"));
        required(issues, "signer", decision == null ? null : decision.signer(), NAME_MAX);
        required(issues, "level", decision == null ? null : decision.level(), NAME_MAX);
        if (!issues.isEmpty()) throw new InvalidInput(issues);
        if (status == CaseStatus.RECOGNIZED) throw new StateConflict("already-recognized");
        requireOpen();
        if (contentAwaitsConfirmation) throw new StateConflict("content-awaits-confirmation");
        if (openSupplementId != null) throw new StateConflict("supplement-pending", openSupplementDue);
        if (!Boolean.TRUE.equals(meetingPassed)) throw new StateConflict("meeting-not-passed");
        List<String> missing = RecognitionDossier.missing(unitDocuments.values(), authorityDocuments,
                COMPREHENSIVE.equals(field), criteriaAssessed);
        if (!missing.isEmpty()) {
            throw new StateConflict("dossier-incomplete",
                    missing.stream().map(item -> FieldIssue.of("dossier", "dossier-" + item)).toList(),
                    missing.size());
        }
        apply(new ModelRecognizedEvent(reviewCaseId, ref.modelId(), ref.campaignId(), ref.unitId(),
                command.recognizedByUnitId(), decision.number().strip(), decision.decidedOn(),
                decision.signer().strip(), decision.level().strip()));
    }

    @CommandHandler
    public void handle(DeclineRecognitionCommand command) {
        List<FieldIssue> issues = new ArrayList<>();
        if (command.decidedOn() == null) issues.add(FieldIssue.of("decidedOn", "required"));
        names(issues, "reasons", command.reasons());
        if (!issues.isEmpty()) throw new InvalidInput(issues);
        requireOpen();
        apply(new RecognitionDeclinedEvent(ref, command.declinedByUnitId(), command.decidedOn(),
                strip(command.reasons())));
    }

    @CommandHandler
    public void handle(RevokeRecognitionCommand command) {
        List<FieldIssue> issues = new ArrayList<>();
        if (command.decidedOn() == null) issues.add(FieldIssue.of("decidedOn", "required"));
        names(issues, "reasons", command.reasons());
        if (command.decisionNumber() != null && command.decisionNumber().length() > NAME_MAX) {
            issues.add(FieldIssue.of("decisionNumber", "too-long", NAME_MAX));
        }
        if (!issues.isEmpty()) throw new InvalidInput(issues);
        if (status != CaseStatus.RECOGNIZED) throw new StateConflict("not-recognized");
        String number = command.decisionNumber() == null || command.decisionNumber().isBlank() ? null
                : command.decisionNumber().strip();
        apply(new RecognitionRevokedEvent(ref, command.revokedByUnitId(), command.decidedOn(), number,
                strip(command.reasons())));
    }

    /**
     * An effectiveness check at a milestone (sơ kết, tổng kết): for a registered (open) or recognised model only;
     * the year from 2000 to next year, the check's day not in the future, evidence required.
     */
    @CommandHandler
    public void handle(AssessEffectivenessCommand command) {
        List<FieldIssue> issues = new ArrayList<>();
        if (command.milestone() == null) issues.add(FieldIssue.of("milestone", "required"));
        if (command.year() == null) issues.add(FieldIssue.of("year", "required"));
        else if (command.year() < 2000 || (command.today() != null && command.year() > command.today().getYear() + 1)) {
            issues.add(FieldIssue.of("year", "year-range"));
        }
        if (command.verdict() == null) issues.add(FieldIssue.of("verdict", "required"));
        required(issues, "evidence", command.evidence(), TEXT_MAX);
        pastOrToday(issues, "assessedOn", command.assessedOn(), command.today());
        if (!issues.isEmpty()) throw new InvalidInput(issues);
        if (status == CaseStatus.NEEDS_ROUTING) throw new StateConflict("case-not-routed");
        if (status != CaseStatus.OPEN && status != CaseStatus.RECOGNIZED) throw notOpen();
        apply(new EffectivenessAssessedEvent(ref, command.assessedByUnitId(), command.milestone(), command.year(),
                command.verdict(), command.evidence().strip(), command.assessedOn()));
    }

    private void supplementReceived(String receivedAs, String documentId, LocalDate on) {
        if (openSupplementId == null || on == null) return;
        apply(new SupplementReceivedEvent(ref, openSupplementId, receivedAs, documentId, on,
                on.isAfter(openSupplementDue)));
    }

    private void requireOpen() {
        if (status == CaseStatus.NEEDS_ROUTING) throw new StateConflict("case-not-routed");
        if (status != CaseStatus.OPEN) throw notOpen();
    }

    private StateConflict notOpen() {
        return new StateConflict("case-not-open", status.name());
    }

    private static void required(List<FieldIssue> issues, String field, String value, int max) {
        if (value == null || value.isBlank()) issues.add(FieldIssue.of(field, "required"));
        else if (value.length() > max) issues.add(FieldIssue.of(field, "too-long", max));
    }

    private static void names(List<FieldIssue> issues, String field, List<String> values) {
        if (values == null || values.isEmpty() || values.stream().anyMatch(v -> v == null || v.isBlank())) {
            issues.add(FieldIssue.of(field, "names-required"));
        } else if (values.size() > 100 || values.stream().anyMatch(v -> v.length() > TEXT_MAX)) {
            issues.add(FieldIssue.of(field, "too-long", TEXT_MAX));
        }
    }

    private static void count(List<FieldIssue> issues, String field, Integer value) {
        if (value == null) issues.add(FieldIssue.of(field, "required"));
        else if (value < 0 || value > 10_000) issues.add(FieldIssue.of(field, "count"));
    }

    private static void pastOrToday(List<FieldIssue> issues, String field, LocalDate day, LocalDate today) {
        if (day == null) issues.add(FieldIssue.of(field, "required"));
        else if (today != null && day.isAfter(today)) issues.add(FieldIssue.of(field, "not-in-future"));
    }

    private static List<String> strip(List<String> values) {
        return values.stream().map(String::strip).toList();
    }

    @EventSourcingHandler
    void on(ReviewCaseOpenedEvent event) {
        reviewCaseId = event.reviewCaseId();
        ref = event.ref();
        field = event.field();
        contentAwaitsConfirmation = event.contentConfirmationRequired();
        // events stored before routing existed carry no authority: those cases were open to their unit's tree
        boolean legacy = event.title() == null && event.routingReason() == null;
        status = event.authorityUnitId() != null || legacy ? CaseStatus.OPEN : CaseStatus.NEEDS_ROUTING;
    }

    @EventSourcingHandler
    void on(CaseRoutedByHandEvent event) {
        status = CaseStatus.OPEN;
    }

    @EventSourcingHandler
    void on(ReviewCaseClosedEvent event) {
        status = CaseStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(CaseModelAmendedEvent event) {
        field = event.field();
        contentAwaitsConfirmation = event.contentConfirmationRequired();
    }

    @EventSourcingHandler
    void on(CaseContentConfirmedEvent event) {
        contentAwaitsConfirmation = false;
    }

    @EventSourcingHandler
    void on(DossierDocumentNotedEvent event) {
        unitDocuments.put(event.documentId(), event.kind());
    }

    @EventSourcingHandler
    void on(DossierDocumentDroppedEvent event) {
        unitDocuments.remove(event.documentId());
    }

    @EventSourcingHandler
    void on(CriteriaAssessedEvent event) {
        criteriaAssessed = true;
    }

    @EventSourcingHandler
    void on(SupplementRequestedEvent event) {
        openSupplementId = event.requestId();
        openSupplementDue = event.dueOn();
    }

    @EventSourcingHandler
    void on(SupplementReceivedEvent event) {
        openSupplementId = null;
        openSupplementDue = null;
    }

    @EventSourcingHandler
    void on(AuthorityDocumentRecordedEvent event) {
        if (event.file() != null) authorityDocuments.add(event.kind());
    }

    @EventSourcingHandler
    void on(ReviewMeetingHeldEvent event) {
        meetingPassed = event.passed();
    }

    @EventSourcingHandler
    void on(ModelRecognizedEvent event) {
        status = CaseStatus.RECOGNIZED;
    }

    @EventSourcingHandler
    void on(RecognitionDeclinedEvent event) {
        status = CaseStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(RecognitionRevokedEvent event) {
        status = CaseStatus.REVOKED;
    }
}
