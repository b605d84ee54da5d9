package vn.thidua.registration.domain.model;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.contracts.ModelField;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.domain.StateConflict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static vn.thidua.registration.domain.model.ModelRules.blank;
import static vn.thidua.registration.domain.model.ModelRules.id;
import static vn.thidua.registration.domain.model.ModelRules.line;
import static vn.thidua.registration.domain.model.ModelRules.paragraph;

/**
 * A registered model (mô hình "Dân vận khéo") of one unit in one campaign. An "other"-field model (lĩnh vực
 * khác) counts once its managing unit confirmed its content; amending that content asks for it again. The
 * registration may be amended until the review service recognised the model ({@link LockModelCommand}), and
 * again once review asks for a supplement (yêu cầu bổ sung); withdrawal (rút đăng ký) needs a reason and is
 * possible once, also after recognition.
 */
@Aggregate
public class Model {

    @AggregateIdentifier
    private String modelId;
    private String campaignId;
    private String unitId;
    private String managingUnitId;
    private String title;
    private ModelField field;
    private String content;
    private String method;
    private String expectedResults;
    private LocalDate startDate;
    private boolean awaitingConfirmation;
    private boolean locked;
    private boolean withdrawn;
    private String supplementRequestId;
    private boolean supplementOpen;

    protected Model() {
    }

    @CommandHandler
    public Model(RegisterModelCommand command) {
        List<FieldIssue> issues = ModelRules.registrationIssues(command);
        if (!issues.isEmpty()) throw ModelRules.invalid(issues);
        apply(new ModelRegisteredEvent(command.modelId(), id(command.campaignId()), id(command.unitId()),
                id(command.managingUnitId()), command.registrantKind(), ModelRules.individual(command.individual()),
                command.novelty(), line(command.title()), command.field(), paragraph(command.content()),
                paragraph(command.method()), paragraph(command.expectedResults()), command.startDate(),
                command.late(), id(command.replicaOf()), command.field() == ModelField.OTHER));
    }

    /** @return whether anything changed (an amendment repeating the registration records nothing) */
    @CommandHandler
    public boolean handle(AmendModelCommand command) {
        if (withdrawn) throw withdrawn();
        if (locked) {
            throw new StateConflict("review-started");
        }
        List<FieldIssue> issues = new ArrayList<>(ModelRules.amendmentIssues(command));
        if (command.field() == ModelField.OTHER && managingUnitId == null) {
            issues.add(FieldIssue.of("field", "model-other-without-managing-unit"));
        }
        if (!issues.isEmpty()) throw ModelRules.invalid(ModelRules.inFormOrder(issues));

        String newTitle = line(command.title());
        String newContent = paragraph(command.content());
        String newMethod = paragraph(command.method());
        String newResults = paragraph(command.expectedResults());
        boolean contentChanged = !Objects.equals(title, newTitle) || !Objects.equals(content, newContent)
                || !Objects.equals(method, newMethod) || !Objects.equals(expectedResults, newResults);
        if (!contentChanged && field == command.field() && Objects.equals(startDate, command.startDate())) {
            return false;
        }
        boolean confirmationRequired = command.field() == ModelField.OTHER
                && (awaitingConfirmation || contentChanged || field != ModelField.OTHER);
        apply(new ModelAmendedEvent(modelId, campaignId, newTitle, command.field(), newContent, newMethod, newResults,
                command.startDate(), confirmationRequired, line(command.reason())));
        return true;
    }

    @CommandHandler
    public void handle(ConfirmModelContentCommand command) {
        if (withdrawn) throw withdrawn();
        if (field != ModelField.OTHER) {
            throw new StateConflict("confirmation-not-needed");
        }
        if (!awaitingConfirmation) {
            throw new StateConflict("already-confirmed");
        }
        if (blank(command.confirmingUnitId()) || !command.confirmingUnitId().strip().equals(managingUnitId)) {
            throw new StateConflict("not-managing-unit", String.valueOf(managingUnitId));
        }
        apply(new ModelContentConfirmedEvent(modelId, campaignId, managingUnitId));
    }

    @CommandHandler
    public void handle(WithdrawModelCommand command) {
        if (withdrawn) {
            throw new StateConflict("already-withdrawn");
        }
        if (blank(command.reason())) {
            throw new InvalidInput("reason-required", List.of(ModelRules.required("reason")));
        }
        if (command.reason().strip().length() > ModelRules.REASON_MAX) {
            throw new InvalidInput("reason-too-long", List.of(ModelRules.tooLong("reason", ModelRules.REASON_MAX)));
        }
        apply(new ModelWithdrawnEvent(modelId, campaignId, unitId, paragraph(command.reason())));
    }

    /** A fact from the review service: never refused; a repeat (redelivery) records nothing. */
    @CommandHandler
    public void handle(LockModelCommand command) {
        if (locked) return;
        apply(new ModelLockedEvent(modelId, command.reviewCaseId(), command.recognizedByUnitId()));
    }

    /** A fact from the review service: never refused; a repeat of the same request records nothing. */
    @CommandHandler
    public void handle(NoteSupplementRequestCommand command) {
        if (Objects.equals(supplementRequestId, command.requestId())) return;
        apply(new SupplementRequestedEvent(modelId, command.reviewCaseId(), command.requestId(),
                command.request(), command.dueOn(), command.requestedByUnitId(), locked));
    }

    /** A fact from the review service: recorded once, for the request it answers. */
    @CommandHandler
    public void handle(NoteSupplementAnsweredCommand command) {
        if (!supplementOpen || !supplementRequestId.equals(command.requestId())) return;
        apply(new SupplementAnsweredEvent(modelId, command.requestId(), command.answeredOn(), command.late()));
    }

    @EventSourcingHandler
    void on(ModelRegisteredEvent event) {
        this.modelId = event.modelId();
        this.campaignId = event.campaignId();
        this.unitId = event.unitId();
        this.managingUnitId = event.managingUnitId();
        this.title = event.title();
        this.field = event.field();
        this.content = event.content();
        this.method = event.method();
        this.expectedResults = event.expectedResults();
        this.startDate = event.startDate();
        this.awaitingConfirmation = event.contentConfirmationRequired();
    }

    @EventSourcingHandler
    void on(ModelAmendedEvent event) {
        this.title = event.title();
        this.field = event.field();
        this.content = event.content();
        this.method = event.method();
        this.expectedResults = event.expectedResults();
        this.startDate = event.startDate();
        this.awaitingConfirmation = event.contentConfirmationRequired();
    }

    @EventSourcingHandler
    void on(ModelContentConfirmedEvent event) {
        this.awaitingConfirmation = false;
    }

    @EventSourcingHandler
    void on(ModelLockedEvent event) {
        this.locked = true;
    }

    @EventSourcingHandler
    void on(SupplementRequestedEvent event) {
        this.supplementRequestId = event.requestId();
        this.supplementOpen = true;
        this.locked = false;
    }

    @EventSourcingHandler
    void on(SupplementAnsweredEvent event) {
        this.supplementOpen = false;
    }

    @EventSourcingHandler
    void on(ModelWithdrawnEvent event) {
        this.withdrawn = true;
    }

    private static StateConflict withdrawn() {
        return new StateConflict("model-withdrawn");
    }
}
