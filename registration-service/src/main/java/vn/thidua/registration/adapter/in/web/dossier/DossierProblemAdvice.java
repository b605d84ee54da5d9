package vn.thidua.registration.adapter.in.web.dossier;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.registration.adapter.in.web.plan.UnitPlanController;

/**
 * Refusals of the APIs that take uploads (dossier documents, a plan's file) as problem+json, like the platform's,
 * worded and given their status by {@link DossierRefusals} (a file over the limit: 413).
 */
@RestControllerAdvice(assignableTypes = {DossierController.class, UnitPlanController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class DossierProblemAdvice {

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> refused(RuleViolation e) {
        HttpStatus status = DossierRefusals.status(e);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(DossierRefusals.problem(status, e));
    }
}
