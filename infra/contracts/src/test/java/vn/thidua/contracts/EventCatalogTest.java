package vn.thidua.contracts;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCatalogTest {

    @Test
    void catalogsEveryEventOnTheTopicOfItsProducingService() {
        Map<Class<?>, String> topicByType = EventCatalog.all().stream()
                .collect(Collectors.toMap(EventType::javaType, EventType::topic));

        assertThat(topicByType).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(ModelRegistered.class, Topics.REGISTRATION),
                Map.entry(CampaignLaunched.class, Topics.REGISTRATION),
                Map.entry(CampaignAmended.class, Topics.REGISTRATION),
                Map.entry(CampaignClosed.class, Topics.REGISTRATION),
                Map.entry(UnitOpened.class, Topics.REGISTRATION),
                Map.entry(UnitRenamed.class, Topics.REGISTRATION),
                Map.entry(UnitMoved.class, Topics.REGISTRATION),
                Map.entry(UnitClosed.class, Topics.REGISTRATION),
                Map.entry(UnitReclassified.class, Topics.REGISTRATION),
                Map.entry(ModelAmended.class, Topics.REGISTRATION),
                Map.entry(ModelWithdrawn.class, Topics.REGISTRATION),
                Map.entry(ModelContentConfirmed.class, Topics.REGISTRATION),
                Map.entry(DossierDocumentAttached.class, Topics.REGISTRATION),
                Map.entry(DossierDocumentRemoved.class, Topics.REGISTRATION),
                Map.entry(UnitPlanFiled.class, Topics.REGISTRATION),
                Map.entry(ReviewOpened.class, Topics.REVIEW),
                Map.entry(ModelRecognized.class, Topics.REVIEW),
                Map.entry(ReviewRoutedByHand.class, Topics.REVIEW),
                Map.entry(SurveyRecorded.class, Topics.REVIEW),
                Map.entry(CriteriaAssessed.class, Topics.REVIEW),
                Map.entry(SupplementRequested.class, Topics.REVIEW),
                Map.entry(SupplementReceived.class, Topics.REVIEW),
                Map.entry(ReviewMeetingHeld.class, Topics.REVIEW),
                Map.entry(RecognitionDeclined.class, Topics.REVIEW),
                Map.entry(RecognitionRevoked.class, Topics.REVIEW),
                Map.entry(ReviewClosed.class, Topics.REVIEW),
                Map.entry(ModelEffectivenessAssessed.class, Topics.REVIEW),
                Map.entry(AwardProposed.class, Topics.AWARD),
                Map.entry(AwardDecided.class, Topics.AWARD),
                Map.entry(AwardRoundOpened.class, Topics.AWARD),
                Map.entry(AwardRoundClosed.class, Topics.AWARD),
                Map.entry(AwardForwarded.class, Topics.AWARD),
                Map.entry(AwardProposalWithdrawn.class, Topics.AWARD)));
        assertThat(Topics.ALL).containsExactly("thidua.registration", "thidua.review", "thidua.award");
    }

    @Test
    void ceTypeIsNamespacedNameAndVersion() {
        EventType registered = EventCatalog.of(ModelRegistered.class);

        assertThat(registered.ceType()).isEqualTo("vn.thidua.ModelRegistered.v1");
        assertThat(registered.name()).isEqualTo("ModelRegistered");
        assertThat(registered.version()).isEqualTo(1);
        assertThat(registered.schemaResource()).isEqualTo("contracts/schemas/ModelRegistered.v1.schema.json");
        assertThat(EventCatalog.all()).allSatisfy(t -> assertThat(t.ceType())
                .isEqualTo("vn.thidua." + t.javaType().getSimpleName() + ".v" + t.version()));
        assertThat(EventCatalog.all()).extracting(EventType::ceType).doesNotHaveDuplicates();
    }

    @Test
    void looksUpByCeType() {
        assertThat(EventCatalog.byCeType("vn.thidua.AwardDecided.v1"))
                .get().extracting(EventType::javaType).isEqualTo(AwardDecided.class);
        for (EventType type : EventCatalog.all()) {
            assertThat(EventCatalog.byCeType(type.ceType())).contains(type);
            assertThat(EventCatalog.of(type.javaType())).isEqualTo(type);
        }
    }

    @Test
    void unknownCeTypeIsEmptySoConsumersCanSkipIt() {
        assertThat(EventCatalog.byCeType("vn.thidua.ModelRegistered.v2")).isEmpty();
        assertThat(EventCatalog.byCeType("vn.thidua.modelregistered.v1")).isEmpty();
        assertThat(EventCatalog.byCeType("")).isEmpty();
        assertThat(EventCatalog.byCeType(null)).isEmpty();
    }

    @Test
    void unknownJavaTypeIsAProgrammingError() {
        record NotPublished(Actor actor, java.time.Instant occurredAt) implements IntegrationEvent {
            @Override
            public String subject() {
                return "x";
            }
        }
        assertThatThrownBy(() -> EventCatalog.of(NotPublished.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NotPublished");
    }

    @Test
    void catalogIsImmutable() {
        assertThatThrownBy(() -> EventCatalog.all().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Topics.ALL.clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
