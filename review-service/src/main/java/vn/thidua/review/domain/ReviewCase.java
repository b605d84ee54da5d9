package vn.thidua.review.domain;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.domain.StateConflict;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The review of one model by its recognising authority (cấp có thẩm quyền). */
@Aggregate
public class ReviewCase {

    @AggregateIdentifier
    private String reviewCaseId;
    private String modelId;
    private String campaignId;
    private String unitId;
    private boolean recognized;

    protected ReviewCase() {
    }

    @CommandHandler
    public ReviewCase(OpenReviewCaseCommand command) {
        apply(new ReviewCaseOpenedEvent(command.reviewCaseId(), command.modelId(), command.campaignId(),
                command.unitId()));
    }

    @CommandHandler
    public void handle(RecognizeModelCommand command) {
        if (command.recognizedByUnitId() == null || command.recognizedByUnitId().isBlank()) {
            throw new InvalidInput("recognizing-unit-required",
                    List.of(FieldIssue.of("recognizedByUnitId", "required")));
        }
        if (recognized) {
            throw new StateConflict("already-recognized");
        }
        apply(new ModelRecognizedEvent(reviewCaseId, modelId, campaignId, unitId, command.recognizedByUnitId()));
    }

    @EventSourcingHandler
    void on(ReviewCaseOpenedEvent event) {
        reviewCaseId = event.reviewCaseId();
        modelId = event.modelId();
        campaignId = event.campaignId();
        unitId = event.unitId();
    }

    @EventSourcingHandler
    void on(ModelRecognizedEvent event) {
        recognized = true;
    }
}
