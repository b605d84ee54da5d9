package vn.thidua.testsupport.arch;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.util.List;
import java.util.Optional;

/**
 * Stored events start at {@code @Revision("1")}; a later revision must come with an Axon upcaster that is
 * registered (a Spring component, or made by a {@code @Bean} method) and names the event's class, so events
 * already in an event store can still be read. Checked by names: no Axon or Spring needed here.
 */
public final class EventRevisions {

    private static final String REVISION = "org.axonframework.serialization.Revision";
    private static final String UPCASTER = "org.axonframework.serialization.upcasting.Upcaster";
    private static final String COMPONENT = "org.springframework.stereotype.Component";
    private static final String BEAN = "org.springframework.context.annotation.Bean";

    private EventRevisions() {
    }

    /** @param service e.g. {@code registration}, for package {@code vn.thidua.registration} */
    public static void verify(String service) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.thidua." + service);
        List<String> missing = withoutUpcaster(classes);
        if (!missing.isEmpty()) {
            throw new AssertionError("Stored events at a revision above \"1\" without a registered upcaster naming "
                    + "them: " + missing + ". Add an upcaster per revision step, tested against a real event store, "
                    + "or keep the revision at \"1\" while nothing released depends on the old form.");
        }
    }

    /** The classes revised above "1" that no registered upcaster among {@code classes} names. */
    public static List<String> withoutUpcaster(JavaClasses classes) {
        List<JavaClass> upcasters = classes.stream().filter(EventRevisions::registeredUpcaster).toList();
        return classes.stream()
                .filter(c -> revision(c).filter(r -> !"1".equals(r)).isPresent())
                .filter(event -> upcasters.stream().noneMatch(upcaster -> names(upcaster, event)))
                .map(c -> c.getName() + " @Revision(\"" + revision(c).orElseThrow() + "\")")
                .sorted().toList();
    }

    private static Optional<String> revision(JavaClass javaClass) {
        return javaClass.tryGetAnnotationOfType(REVISION).map(a -> String.valueOf(a.get("value").orElse("")));
    }

    private static boolean registeredUpcaster(JavaClass javaClass) {
        if (!javaClass.isAssignableTo(UPCASTER) || javaClass.isInterface()
                || javaClass.getModifiers().contains(JavaModifier.ABSTRACT)) {
            return false;
        }
        return javaClass.isMetaAnnotatedWith(COMPONENT) || javaClass.getConstructorCallsToSelf().stream()
                .anyMatch(call -> call.getOrigin().isMetaAnnotatedWith(BEAN));
    }

    private static boolean names(JavaClass upcaster, JavaClass event) {
        return upcaster.getDirectDependenciesFromSelf().stream().map(Dependency::getTargetClass)
                .anyMatch(event::equals);
    }
}
