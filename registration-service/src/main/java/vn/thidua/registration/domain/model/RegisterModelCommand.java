package vn.thidua.registration.domain.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.contracts.IndividualRegistrant;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelNovelty;
import vn.thidua.contracts.RegistrantKind;

import java.time.LocalDate;

/**
 * Đăng ký mô hình (Mẫu 1): a unit registers a model for a campaign. The application service has already
 * looked the campaign, the units and the replicated model up: it resolved {@code managingUnitId} (the unit's
 * parent when none was given) and {@code late} (after the campaign's last registration window), and it
 * passes {@code registeredOn}, today in Vietnam, against which the start date is judged.
 */
public record RegisterModelCommand(@TargetAggregateIdentifier String modelId, String campaignId, String unitId,
                                   String managingUnitId, RegistrantKind registrantKind,
                                   IndividualRegistrant individual, ModelNovelty novelty, String title,
                                   ModelField field, String content, String method, String expectedResults,
                                   LocalDate startDate, String replicaOf, boolean late, LocalDate registeredOn) {
}
