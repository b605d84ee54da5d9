package vn.thidua.registration.adapter.out.kafka;

import org.junit.jupiter.api.Test;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.DocumentKind;
import vn.thidua.contracts.DossierDocumentAttached;
import vn.thidua.contracts.DossierDocumentRemoved;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.relay.RelayedEventContext;
import vn.thidua.registration.domain.dossier.Dossier;
import vn.thidua.registration.domain.dossier.DocumentAttachedEvent;
import vn.thidua.registration.domain.dossier.DocumentRemovedEvent;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DossierEventMapperTest {

    private final DossierEventMapper mapper = new DossierEventMapper();
    private final Instant at = Instant.parse("2023-08-01T08:30:00Z");
    private final RelayedEventContext context = new RelayedEventContext("event-1", Dossier.idOf("model-1"), at,
            new Caller("ban-dan-van", "D198", List.of("UNIT_OFFICER"), "corr-1"));

    @Test
    void anAttachedDocumentIsPublishedKeyedByTheModel() {
        var published = mapper.map(new DocumentAttachedEvent("model-1", "doc-1", DocumentKind.REGISTRATION_FORM,
                "Mẫu 1.pdf", "application/pdf", 1234, "ab12"), context);
        assertThat(published).contains(new DossierDocumentAttached("model-1", "doc-1", DocumentKind.REGISTRATION_FORM,
                "Mẫu 1.pdf", "application/pdf", 1234, "ab12", new Actor("ban-dan-van", "D198"), at));
        assertThat(published.get().subject()).isEqualTo("model-1");
    }

    @Test
    void aRemovalIsPublishedNamingTheDocumentKeyedByTheModel() {
        var published = mapper.map(new DocumentRemovedEvent("model-1", "doc-1", DocumentKind.EVIDENCE, "a.pdf", 1, "ab"),
                context);
        assertThat(published).contains(new DossierDocumentRemoved("model-1", "doc-1", DocumentKind.EVIDENCE, "a.pdf", 1,
                "ab", new Actor("ban-dan-van", "D198"), at));
        assertThat(published.get().subject()).isEqualTo("model-1");
    }

    @Test
    void anythingElseIsNotThisMappersToPublish() {
        assertThat(mapper.map("something else", context)).isEmpty();
    }
}
