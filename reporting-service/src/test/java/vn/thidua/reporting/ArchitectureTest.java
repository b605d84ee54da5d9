package vn.thidua.reporting;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.thidua.testsupport.arch.ServiceArchitecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.thidua.reporting");

    /** The rules every service keeps: pure domain, application not using adapters, no other service imported. */
    @Test
    void keepsTheInnerShapeAndImportsNoOtherService() {
        ServiceArchitecture.verify("reporting");
    }

    /** Stricter here: the fold and counting rules are plain Java, not even the contracts (the application maps). */
    @Test
    void theDomainIsPlainJava() {
        classes().that().resideInAPackage("vn.thidua.reporting.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("vn.thidua.reporting.domain..", "java..")
                .check(CLASSES);
    }

    @Test
    void theApplicationKnowsNoStoreOrBrokerTypes() {
        noClasses().that().resideInAPackage("vn.thidua.reporting.application..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.thidua.reporting.adapter..",
                        "org.springframework.data..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
                        "org.springframework.kafka..", "org.springframework.cloud..", "org.springframework.web..")
                .check(CLASSES);
    }

    @Test
    void inboundAdaptersDoNotUseOutboundOnes() {
        noClasses().that().resideInAPackage("vn.thidua.reporting.adapter.in..")
                .should().dependOnClassesThat().resideInAPackage("vn.thidua.reporting.adapter.out..")
                .check(CLASSES);
    }
}
