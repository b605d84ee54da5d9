package vn.thidua.registration.domain.model;

import org.axonframework.serialization.Revision;
import vn.thidua.contracts.ModelField;

import java.time.LocalDate;

/** The registration after an amendment, complete. {@code contentConfirmationRequired}: see {@link Model}. */
@Revision("1")
public record ModelAmendedEvent(String modelId, String campaignId, String title, ModelField field, String content,
                                String method, String expectedResults, LocalDate startDate,
                                boolean contentConfirmationRequired, String reason) {
}
