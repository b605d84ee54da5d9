package vn.thidua.review;

import org.junit.jupiter.api.Test;
import vn.thidua.testsupport.arch.EventRevisions;
import vn.thidua.testsupport.arch.ServiceArchitecture;

class ArchitectureTest {

    @Test
    void keepsTheInnerShapeAndImportsNoOtherService() {
        ServiceArchitecture.verify("review");
    }

    @Test
    void everyStoredEventRevisionAboveOneHasAnUpcaster() {
        EventRevisions.verify("review");
    }
}
