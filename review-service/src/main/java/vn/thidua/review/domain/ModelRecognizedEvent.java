package vn.thidua.review.domain;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The decision's details were added later: events stored before them read back with null details. */
@Revision("1")
public record ModelRecognizedEvent(String reviewCaseId, String modelId, String campaignId, String unitId,
                                   String recognizedByUnitId, String decisionNumber, LocalDate decidedOn,
                                   String signer, String level) {

    public ModelRecognizedEvent(String reviewCaseId, String modelId, String campaignId, String unitId,
                                String recognizedByUnitId) {
        this(reviewCaseId, modelId, campaignId, unitId, recognizedByUnitId, null, null, null, null);
    }
}
