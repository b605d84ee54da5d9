package vn.thidua.registration.domain;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import vn.thidua.testsupport.arch.EventRevisions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/** Every stored event carries a revision, and one above "1" only with a registered upcaster. */
class StoredEventRevisionsTest {

    @Test
    void everyStoredEventCarriesARevision() {
        classes().that().resideInAPackage("vn.thidua.registration.domain..").and().haveSimpleNameEndingWith("Event")
                .should().beAnnotatedWith(Revision.class)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("vn.thidua.registration.domain"));
    }

    @Test
    void noRevisionAboveOneGoesWithoutARegisteredUpcaster() {
        EventRevisions.verify("registration");
    }

    @Test
    void theCheckFindsARevisionStepWithoutAnUpcaster() {
        var classes = new ClassFileImporter().importClasses(RevisedAlone.class, RevisedWithUpcaster.class,
                RevisedWithUpcasterUpcaster.class, AtFirstRevision.class);

        assertThat(EventRevisions.withoutUpcaster(classes))
                .containsExactly(RevisedAlone.class.getName() + " @Revision(\"2\")");
    }

    @Revision("2")
    record RevisedAlone(String id) {
    }

    @Revision("2")
    record RevisedWithUpcaster(String id) {
    }

    @Revision("1")
    record AtFirstRevision(String id) {
    }

    @Component
    static class RevisedWithUpcasterUpcaster extends SingleEventUpcaster {
        private static final SimpleSerializedType FROM =
                new SimpleSerializedType(RevisedWithUpcaster.class.getTypeName(), "1");

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().equals(FROM);
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(new SimpleSerializedType(FROM.getName(), "2"), Object.class, p -> p);
        }
    }
}
