package vn.thidua.registration;

import org.junit.jupiter.api.Test;
import vn.thidua.testsupport.arch.ServiceArchitecture;

class ArchitectureTest {

    @Test
    void keepsTheInnerShapeAndImportsNoOtherService() {
        ServiceArchitecture.verify("registration");
    }
}
