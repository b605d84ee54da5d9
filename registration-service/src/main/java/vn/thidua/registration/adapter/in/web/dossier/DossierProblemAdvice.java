package vn.thidua.registration.adapter.in.web.dossier;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.web.Problems;
import vn.thidua.registration.application.dossier.UploadRejections;

import java.util.Set;

/**
 * Dossier refusals as problem+json, like the platform's (invalid input 400, conflict 409), except that a file or
 * dossier over its size limit is 413 Content Too Large.
 */
@RestControllerAdvice(assignableTypes = DossierController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DossierProblemAdvice {

    static final Set<String> TOO_LARGE = Set.of(UploadRejections.TOO_LARGE, "dossier-too-large");

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> refused(RuleViolation e) {
        HttpStatus status = TOO_LARGE.contains(e.code()) ? HttpStatus.PAYLOAD_TOO_LARGE
                : Problems.statusOf(e);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, e));
    }
}
