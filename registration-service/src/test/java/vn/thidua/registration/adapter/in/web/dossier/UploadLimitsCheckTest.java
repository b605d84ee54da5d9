package vn.thidua.registration.adapter.in.web.dossier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.util.unit.DataSize;
import vn.thidua.registration.application.dossier.TestFiles;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadLimitsCheckTest {

    private static UploadLimitsCheck check(String fileLimit, String requestLimit) {
        MultipartProperties multipart = new MultipartProperties();
        multipart.setMaxFileSize(DataSize.parse(fileLimit));
        multipart.setMaxRequestSize(DataSize.parse(requestLimit));
        var beans = new StaticListableBeanFactory();
        beans.addBean("multipart", multipart);
        return new UploadLimitsCheck(TestFiles.defaultLimits(), beans.getBeanProvider(MultipartProperties.class));
    }

    @Test
    void theShippedLimitsAgree() {
        assertThatCode(() -> check("20MB", "21MB").afterPropertiesSet()).doesNotThrowAnyException();
    }

    @Test
    void aServletLimitBelowTheDossierLimitStopsStartUp() {
        assertThatThrownBy(() -> check("10MB", "21MB").afterPropertiesSet())
                .hasMessageContaining("spring.servlet.multipart.max-file-size");
        assertThatThrownBy(() -> check("20MB", "20MB").afterPropertiesSet())
                .hasMessageContaining("spring.servlet.multipart.max-request-size");
    }
}
