package vn.thidua.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.security.OutsideJurisdiction;
import vn.thidua.platform.security.Refusals;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every error a service returns is problem+json (RFC 9457) with a Vietnamese and an English message and
 * the fields at fault. Bad input never yields a 500 and no response ever carries a stack trace.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    private org.springframework.beans.factory.ObjectProvider<Refusals> refusals;

    private static final Map<Integer, String> GENERIC = Map.of(400, "bad-request", 404, "not-found",
            405, "method-not-allowed", 406, "not-acceptable", 409, "conflict", 413, "too-large",
            415, "unsupported-media-type");

    private final RuleMessages messages = RuleMessages.get();

    @ExceptionHandler(RuleViolation.class)
    public ResponseEntity<Object> ruleViolation(RuleViolation e) {
        HttpStatus status = Problems.statusOf(e);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.of(status, e));
    }

    @ExceptionHandler(OutsideJurisdiction.class)
    public ResponseEntity<Object> outsideJurisdiction(OutsideJurisdiction e, jakarta.servlet.http.HttpServletRequest request) {
        return refused(request, e.reason());
    }

    /**
     * No oracle: an id that does not exist is answered exactly as one outside the caller's subtree (403, the same
     * body, recorded as a refusal with the reason {@code unknown}), so ids cannot be probed. Public reference data
     * (campaigns, units) is a 404 naming what was not found.
     */
    @ExceptionHandler(NotFound.class)
    public ResponseEntity<Object> notFound(NotFound e, jakarta.servlet.http.HttpServletRequest request) {
        if (!e.referenceData()) return refused(request, "unknown");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.NOT_FOUND, "not-found",
                        messages.message("problem.not-found.item", new Object[] {e.kindVi(), e.id()}, RuleMessages.VIETNAMESE),
                        messages.message("problem.not-found.item", new Object[] {e.kindEn(), e.id()}, Locale.ENGLISH),
                        List.of()));
    }

    private ResponseEntity<Object> refused(jakarta.servlet.http.HttpServletRequest request, String reason) {
        Refusals refusals = this.refusals == null ? null : this.refusals.getIfAvailable();
        if (refusals != null) refusals.record(request, HttpStatus.FORBIDDEN, reason);
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Refusals.problem(HttpStatus.FORBIDDEN));
    }

    /** Command failures arrive wrapped by the command bus; answer for their cause. */
    @ExceptionHandler(RuntimeException.class)
    public ResponseEntity<Object> unexpected(RuntimeException e, jakarta.servlet.http.HttpServletRequest request) {
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            if (cause instanceof RuleViolation rule) return ruleViolation(rule);
            if (cause instanceof NotFound notFound) return notFound(notFound, request);
            if (cause instanceof AggregateNotFoundException) return refused(request, "unknown");
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return generic(HttpStatus.CONFLICT, "concurrent-change");
            }
        }
        log.error("Unexpected error while handling a request", e);
        return generic(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldIssue> fields = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            fields.add(FieldMessages.of(error));
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> fields.add(FieldIssue.of(error.getObjectName(),
                "invalid")));
        return validation(fields);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldIssue> fields = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> {
                    String name = result.getMethodParameter().getParameterName();
                    String code = error.getCodes() == null || error.getCodes().length == 0 ? "" : error.getCodes()[error.getCodes().length - 1];
                    return FieldMessages.of(new FieldError("request", String.valueOf(name), null, false,
                            new String[] {code}, error.getArguments(), error.getDefaultMessage()));
                }))
                .collect(Collectors.toList());
        return validation(fields);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            FieldIssue issue = FieldIssue.of(field, "invalid-value");
            if (cause instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                String allowed = java.util.Arrays.stream(format.getTargetType().getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
                issue = FieldIssue.of(field, "one-of", allowed);
            }
            return validation(List.of(issue));
        }
        return generic(HttpStatus.BAD_REQUEST, "malformed-body");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return validation(List.of(FieldIssue.of(e.getName(), "invalid-value")));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        String code = GENERIC.get(status.value());
        ProblemDetail problem = code != null ? Problems.of(status, code)
                : Problems.of(status, "error-" + status.value(), messages.message("problem.other", new Object[0],
                        RuleMessages.VIETNAMESE), messages.message("problem.other", new Object[0], Locale.ENGLISH),
                        List.of());
        return ResponseEntity.status(status).headers(headers).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private ResponseEntity<Object> validation(List<FieldIssue> fields) {
        return ruleViolation(new InvalidInput(fields));
    }

    private static ResponseEntity<Object> generic(HttpStatus status, String code) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, code));
    }
}
