package vn.thidua.registration.adapter.in.web.dossier;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.stereotype.Component;
import vn.thidua.registration.application.dossier.DossierProperties;

/**
 * Fails start-up when the servlet's multipart limits would cut off a file the dossier accepts (the user
 * would get a confusing refusal below the advertised limit) — they are configured side by side in
 * application.yml and must move together.
 */
@Component
class UploadLimitsCheck implements InitializingBean {

    private final DossierProperties dossier;
    private final ObjectProvider<MultipartProperties> multipart;

    UploadLimitsCheck(DossierProperties dossier, ObjectProvider<MultipartProperties> multipart) {
        this.dossier = dossier;
        this.multipart = multipart;
    }

    @Override
    public void afterPropertiesSet() {
        MultipartProperties servlet = multipart.getIfAvailable();
        if (servlet == null) return;
        long file = dossier.maxFileSize().toBytes();
        if (servlet.getMaxFileSize().toBytes() >= 0 && servlet.getMaxFileSize().toBytes() < file) {
            throw new IllegalStateException("spring.servlet.multipart.max-file-size (" + servlet.getMaxFileSize()
                    + ") is below thidua.dossier.max-file-size (" + dossier.maxFileSize() + ")");
        }
        if (servlet.getMaxRequestSize().toBytes() >= 0 && servlet.getMaxRequestSize().toBytes() <= file) {
            throw new IllegalStateException("spring.servlet.multipart.max-request-size (" + servlet.getMaxRequestSize()
                    + ") leaves no room for a file of thidua.dossier.max-file-size (" + dossier.maxFileSize()
                    + ") plus the form's other fields");
        }
    }
}
