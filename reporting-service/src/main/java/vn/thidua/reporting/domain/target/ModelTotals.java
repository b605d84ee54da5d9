package vn.thidua.reporting.domain.target;

import vn.thidua.reporting.domain.ModelStage;
import vn.thidua.reporting.domain.ModelProgress;
import vn.thidua.reporting.domain.Registration;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The models of a campaign whose registration has arrived: {@code registered} = {@code withdrawn} +
 * {@code awaitingConfirmation} + {@code counting}. The breakdowns (by current field, registrant kind, novelty, late,
 * replicas and what they replicate) are of the counting models.
 */
public record ModelTotals(long registered, long withdrawn, long awaitingConfirmation, long counting, long late,
                          long replicas, Map<String, Long> byField, Map<String, Long> byRegistrantKind,
                          Map<String, Long> byNovelty, Map<String, Long> replicasByOriginal) {

    /** A value whose event did not say (e.g. novelty in events of the first shape). */
    public static final String UNKNOWN = "UNKNOWN";

    public ModelTotals {
        byField = Map.copyOf(byField);
        byRegistrantKind = Map.copyOf(byRegistrantKind);
        byNovelty = Map.copyOf(byNovelty);
        replicasByOriginal = Map.copyOf(replicasByOriginal);
    }

    public static ModelTotals of(String campaignId, Collection<ModelProgress> models) {
        long registered = 0, withdrawn = 0, awaiting = 0, counting = 0, late = 0, replicas = 0;
        Map<String, Long> byField = new TreeMap<>();
        Map<String, Long> byRegistrantKind = new TreeMap<>();
        Map<String, Long> byNovelty = new TreeMap<>();
        Map<String, Long> replicasByOriginal = new TreeMap<>();
        for (ModelProgress model : models) {
            if (!model.campaignId().equals(campaignId) || !model.has(ModelStage.REGISTERED)) {
                continue;
            }
            registered++;
            if (model.isWithdrawn()) {
                withdrawn++;
            } else if (model.awaitsConfirmation()) {
                awaiting++;
            } else {
                counting++;
                Registration registration = model.registration();
                byField.merge(known(model.field()), 1L, Long::sum);
                byRegistrantKind.merge(known(registration == null ? null : registration.registrantKind()), 1L,
                        Long::sum);
                byNovelty.merge(known(registration == null ? null : registration.novelty()), 1L, Long::sum);
                if (registration != null && registration.isLate()) late++;
                if (registration != null && registration.isReplica()) {
                    replicas++;
                    replicasByOriginal.merge(registration.replicaOf(), 1L, Long::sum);
                }
            }
        }
        return new ModelTotals(registered, withdrawn, awaiting, counting, late, replicas, byField, byRegistrantKind,
                byNovelty, replicasByOriginal);
    }

    private static String known(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }
}
