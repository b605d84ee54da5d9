package vn.thidua.registration.application.model;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.contracts.IndividualRegistrant;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelNovelty;
import vn.thidua.contracts.RegistrantKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The registration service's view of one model, as the unit's list and detail pages show it.
 * <ul>
 *   <li>{@code status}: REGISTERED, RECOGNIZED (the review service recognised it: registration locked) or
 *   WITHDRAWN; {@code locked} stays true once recognised, even if withdrawn later.</li>
 *   <li>{@code contentConfirmationRequired}: an "other"-field model whose current content awaits its managing
 *   unit's confirmation; {@code contentConfirmedBy} is the unit that confirmed the current content.</li>
 *   <li>{@code titleFolded}: the title without diacritics or case, for search and duplicate detection.</li>
 *   <li>{@code version}: sequence number of the last event applied (keeps the projection idempotent).</li>
 * </ul>
 */
@Document("models")
public record ModelView(@Id String modelId, String campaignId, String unitId, String managingUnitId,
                        RegistrantKind registrantKind, IndividualRegistrant individual, ModelNovelty novelty,
                        String title, String titleFolded, ModelField field, String content, String method,
                        String expectedResults, LocalDate startDate, boolean late, String replicaOf,
                        boolean contentConfirmationRequired, String contentConfirmedBy, boolean locked,
                        String status, String withdrawalReason, Instant registeredAt, String registeredBy,
                        long version, List<HistoryEntry> history) {

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

    /** One thing that happened to the model: when, what (REGISTERED, AMENDED, ...), who (user, unit), why. */
    public record HistoryEntry(Instant at, String what, String who, String whoUnit, String reason) {
        public static final String REGISTERED = "REGISTERED";
        public static final String AMENDED = "AMENDED";
        public static final String CONTENT_CONFIRMED = "CONTENT_CONFIRMED";
        public static final String RECOGNIZED = "RECOGNIZED";
        public static final String WITHDRAWN = "WITHDRAWN";
    }
}
