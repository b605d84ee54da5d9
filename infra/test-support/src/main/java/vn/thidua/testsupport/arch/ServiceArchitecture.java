package vn.thidua.testsupport.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The inner shape every service keeps, so a developer who knows one service knows all four:
 * {@code domain} (aggregates, commands, events, rules) depends on nothing outward — no web, Kafka, Mongo or
 * application code; {@code application} does not reach into adapters, storage, file-format or web libraries;
 * and no service imports another.
 */
public final class ServiceArchitecture {

    private static final List<String> SERVICES = List.of("registration", "review", "award", "reporting");

    private ServiceArchitecture() {
    }

    /** @param service e.g. {@code registration}, for package {@code vn.thidua.registration} */
    public static void verify(String service) {
        String base = "vn.thidua." + service;
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(base);
        List<ArchRule> rules = new java.util.ArrayList<>(rules(service, base));
        rules.addAll(portsOnly(base));
        for (ArchRule rule : rules) {
            rule.check(classes);
        }
    }

    /**
     * {@code application} and {@code domain} talk to ports: no storage, file-format or web library, and no
     * Spring configuration; those live in adapters.
     */
    static List<ArchRule> portsOnly(String base) {
        String[] inner = {base + ".application..", base + ".domain.."};
        ArchRule noLibraries = noClasses().that().resideInAnyPackage(inner)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data..", "com.mongodb..",
                        "org.bson..", "org.apache.poi..", "org.apache.commons.csv..", "org.springframework.web..",
                        "org.springframework.http..", "org.springframework.ui..", "jakarta.servlet..")
                .allowEmptyShould(true)
                .because("storage, file formats and the web are adapters behind ports");
        ArchRule noConfiguration = noClasses().that().resideInAnyPackage(inner)
                .should().beMetaAnnotatedWith("org.springframework.context.annotation.Configuration")
                .allowEmptyShould(true)
                .because("wiring belongs with the adapters, not in the application or the domain");
        return List.of(noLibraries, noConfiguration);
    }

    static List<ArchRule> rules(String service, String base) {
        ArchRule domainIsPure = classes().that().resideInAPackage(base + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        base + ".domain..", "java..", "org.axonframework..", "vn.thidua.contracts..",
                        "vn.thidua.platform.domain..")
                .allowEmptyShould(true)
                .because("the domain holds the rules and knows no web, Kafka or MongoDB types");
        ArchRule applicationDoesNotUseAdapters = noClasses().that().resideInAPackage(base + ".application..")
                .should().dependOnClassesThat().resideInAPackage(base + ".adapter..")
                .allowEmptyShould(true)
                .because("adapters call the application, never the reverse");
        String[] others = SERVICES.stream().filter(s -> !s.equals(service)).map(s -> "vn.thidua." + s + "..")
                .toArray(String[]::new);
        ArchRule noOtherService = noClasses().should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services learn about each other only through Kafka events");
        return List.of(domainIsPure, applicationDoesNotUseAdapters, noOtherService);
    }
}
