package vn.thidua.award;

import org.junit.jupiter.api.Test;
import vn.thidua.testsupport.arch.EventRevisions;
import vn.thidua.testsupport.arch.ServiceArchitecture;

class ArchitectureTest {

    @Test
    void keepsTheInnerShapeAndImportsNoOtherService() {
        ServiceArchitecture.verify("award");
    }

    @Test
    void everyStoredEventRevisionAboveOneHasAnUpcaster() {
        EventRevisions.verify("award");
    }
}
