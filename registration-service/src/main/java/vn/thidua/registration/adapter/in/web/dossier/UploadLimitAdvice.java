package vn.thidua.registration.adapter.in.web.dossier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.util.UriComponentsBuilder;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.registration.application.dossier.DossierProperties;
import vn.thidua.registration.application.dossier.UploadRejections;

/**
 * An upload over the multipart limit fails while the request is parsed, before any controller is chosen,
 * so only a global advice sees it. The API gets 413 problem+json naming {@code file}; a page gets sent
 * back to itself (303) with the reason, which it shows above the form.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadLimitAdvice {

    public static final String REJECTED_PARAM = "rejected";

    private final DossierProperties limits;

    UploadLimitAdvice(DossierProperties limits) {
        this.limits = limits;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Object> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/") && "POST".equals(request.getMethod())) {
            String back = UriComponentsBuilder.fromPath(request.getRequestURI())
                    .queryParam(REJECTED_PARAM, UploadRejections.TOO_LARGE).build().toUriString();
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, back).build();
        }
        RuleViolation reason = UploadRejections.tooLarge(limits.maxFileSize().toBytes());
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(DossierRefusals.problem(HttpStatus.PAYLOAD_TOO_LARGE, reason));
    }
}
