package vn.thidua.registration.application.model;

import vn.thidua.contracts.IndividualRegistrant;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelNovelty;
import vn.thidua.contracts.RegistrantKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One model as the list and detail pages show it. {@code status}: REGISTERED, RECOGNIZED (registration locked)
 * or WITHDRAWN; {@code locked} stays true once recognised. {@code contentConfirmedBy}: the unit that confirmed the
 * current content of an "other"-field model. {@code titleFolded}: the title without diacritics or case, for
 * search and duplicates. {@code version}: sequence number of the last event applied (keeps the view idempotent).
 * {@code supplementRequest}: the review's latest request for a supplement (yêu cầu bổ sung), or null.
 */
public record ModelView(String modelId, String campaignId, String unitId, String managingUnitId,
                        RegistrantKind registrantKind, IndividualRegistrant individual, ModelNovelty novelty,
                        String title, String titleFolded, ModelField field, String content, String method,
                        String expectedResults, LocalDate startDate, boolean late, String replicaOf,
                        boolean contentConfirmationRequired, String contentConfirmedBy, boolean locked,
                        String status, String withdrawalReason, Instant registeredAt, String registeredBy,
                        long version, List<HistoryEntry> history, SupplementRequest supplementRequest) {

    public static final String REGISTERED = "REGISTERED";
    public static final String RECOGNIZED = "RECOGNIZED";
    public static final String WITHDRAWN = "WITHDRAWN";
    public static final List<String> STATUSES = List.of(REGISTERED, RECOGNIZED, WITHDRAWN);

    /** Still registered or recognised: counts unless an "other" model awaits confirmation. */
    public boolean active() {
        return !WITHDRAWN.equals(status);
    }

    public boolean amendable() {
        return active() && !locked;
    }

    public boolean awaitingConfirmation() {
        return active() && field == ModelField.OTHER && contentConfirmationRequired;
    }

    /** This model with the registration content of an amendment. */
    public ModelView withContent(String title, String titleFolded, ModelField field, String content, String method,
                                 String expectedResults, LocalDate startDate) {
        return new ModelView(modelId, campaignId, unitId, managingUnitId, registrantKind, individual, novelty, title,
                titleFolded, field, content, method, expectedResults, startDate, late, replicaOf,
                contentConfirmationRequired, contentConfirmedBy, locked, status, withdrawalReason, registeredAt,
                registeredBy, version, history, supplementRequest);
    }

    /** This model in another state. */
    public ModelView withState(boolean contentConfirmationRequired, String contentConfirmedBy, boolean locked,
                               String status, String withdrawalReason) {
        return new ModelView(modelId, campaignId, unitId, managingUnitId, registrantKind, individual, novelty, title,
                titleFolded, field, content, method, expectedResults, startDate, late, replicaOf,
                contentConfirmationRequired, contentConfirmedBy, locked, status, withdrawalReason, registeredAt,
                registeredBy, version, history, supplementRequest);
    }

    /** This model with the review's latest supplement request. */
    public ModelView withSupplementRequest(SupplementRequest request) {
        return new ModelView(modelId, campaignId, unitId, managingUnitId, registrantKind, individual, novelty, title,
                titleFolded, field, content, method, expectedResults, startDate, late, replicaOf,
                contentConfirmationRequired, contentConfirmedBy, locked, status, withdrawalReason, registeredAt,
                registeredBy, version, history, request);
    }

    /** This model after the event at {@code version}, which its history records as {@code entry}. */
    public ModelView after(long version, HistoryEntry entry) {
        List<HistoryEntry> longer = new ArrayList<>(history == null ? List.of() : history);
        longer.add(entry);
        return new ModelView(modelId, campaignId, unitId, managingUnitId, registrantKind, individual, novelty, title,
                titleFolded, field, content, method, expectedResults, startDate, late, replicaOf,
                contentConfirmationRequired, contentConfirmedBy, locked, status, withdrawalReason, registeredAt,
                registeredBy, version, List.copyOf(longer), supplementRequest);
    }

    /** One thing that happened to the model: when, what (REGISTERED, AMENDED, ...), who (user, unit), why. */
    public record HistoryEntry(Instant at, String what, String who, String whoUnit, String reason) {
        public static final String REGISTERED = "REGISTERED";
        public static final String AMENDED = "AMENDED";
        public static final String CONTENT_CONFIRMED = "CONTENT_CONFIRMED";
        public static final String RECOGNIZED = "RECOGNIZED";
        public static final String WITHDRAWN = "WITHDRAWN";
        public static final String SUPPLEMENT_REQUESTED = "SUPPLEMENT_REQUESTED";
        public static final String SUPPLEMENT_ANSWERED = "SUPPLEMENT_ANSWERED";
    }

    /**
     * What the recognising authority asked the unit to supplement, by when; {@code answeredOn} once review counted
     * the unit's answer ({@code late} when after the due day).
     */
    public record SupplementRequest(String reviewCaseId, String requestId, String request, LocalDate dueOn,
                                    Instant requestedAt, LocalDate answeredOn, boolean late) {

        public boolean open() {
            return answeredOn == null;
        }
    }
}
