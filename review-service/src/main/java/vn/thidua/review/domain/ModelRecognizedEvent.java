package vn.thidua.review.domain;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ModelRecognizedEvent(String reviewCaseId, String modelId, String campaignId, String unitId,
                                   String recognizedByUnitId) {
}
