package vn.thidua.contracts;

import java.util.List;
import java.util.Optional;

/** Every published event type. Consumers route on {@code ce_type}; producers look up by Java class. */
public final class EventCatalog {

    private static final List<EventType> ALL = List.of(
            v1(ModelRegistered.class, Topics.REGISTRATION),
            v1(CampaignLaunched.class, Topics.REGISTRATION),
            v1(CampaignAmended.class, Topics.REGISTRATION),
            v1(CampaignClosed.class, Topics.REGISTRATION),
            v1(UnitOpened.class, Topics.REGISTRATION),
            v1(UnitRenamed.class, Topics.REGISTRATION),
            v1(UnitMoved.class, Topics.REGISTRATION),
            v1(UnitClosed.class, Topics.REGISTRATION),
            v1(UnitReclassified.class, Topics.REGISTRATION),
            v1(ModelAmended.class, Topics.REGISTRATION),
            v1(ModelWithdrawn.class, Topics.REGISTRATION),
            v1(ModelContentConfirmed.class, Topics.REGISTRATION),
            v1(DossierDocumentAttached.class, Topics.REGISTRATION),
            v1(DossierDocumentRemoved.class, Topics.REGISTRATION),
            // units' own plans (plan helper)
            v1(UnitPlanFiled.class, Topics.REGISTRATION),
            v1(ReviewOpened.class, Topics.REVIEW),
            v1(ModelRecognized.class, Topics.REVIEW),
            v1(ReviewRoutedByHand.class, Topics.REVIEW),
            v1(SurveyRecorded.class, Topics.REVIEW),
            v1(CriteriaAssessed.class, Topics.REVIEW),
            v1(SupplementRequested.class, Topics.REVIEW),
            v1(SupplementReceived.class, Topics.REVIEW),
            v1(ReviewMeetingHeld.class, Topics.REVIEW),
            v1(RecognitionDeclined.class, Topics.REVIEW),
            v1(RecognitionRevoked.class, Topics.REVIEW),
            v1(ReviewClosed.class, Topics.REVIEW),
            v1(ModelEffectivenessAssessed.class, Topics.REVIEW),
            v1(AwardProposed.class, Topics.AWARD),
            v1(AwardDecided.class, Topics.AWARD),
            // award rounds (award helper)
            v1(AwardRoundOpened.class, Topics.AWARD),
            v1(AwardRoundClosed.class, Topics.AWARD),
            v1(AwardForwarded.class, Topics.AWARD),
            v1(AwardProposalWithdrawn.class, Topics.AWARD));

    private EventCatalog() {}

    public static List<EventType> all() {
        return ALL;
    }

    /** Empty for unknown types: consumers should skip (not fail on) events they do not understand. */
    public static Optional<EventType> byCeType(String ceType) {
        return ALL.stream().filter(t -> t.ceType().equals(ceType)).findFirst();
    }

    /** @throws IllegalArgumentException if the class is not a published event (a programming error) */
    public static EventType of(Class<? extends IntegrationEvent> javaType) {
        return ALL.stream().filter(t -> t.javaType().equals(javaType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a published event type: " + javaType));
    }

    private static EventType v1(Class<? extends IntegrationEvent> type, String topic) {
        String name = type.getSimpleName();
        return new EventType(name, 1, "vn.thidua." + name + ".v1", type, topic,
                "contracts/schemas/" + name + ".v1.schema.json");
    }
}
