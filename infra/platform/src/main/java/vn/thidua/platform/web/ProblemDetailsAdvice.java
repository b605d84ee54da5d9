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
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.security.OutsideJurisdiction;
import vn.thidua.platform.security.Refusals;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;

import java.util.ArrayList;
import java.util.List;
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

    private static final Map<Integer, String[]> GENERIC = Map.of(
            400, new String[] {"bad-request", "Yêu cầu không hợp lệ", "The request is invalid"},
            404, new String[] {"not-found", "Không tìm thấy", "Not found"},
            405, new String[] {"method-not-allowed", "Phương thức không được hỗ trợ", "Method not allowed"},
            406, new String[] {"not-acceptable", "Không hỗ trợ định dạng trả về yêu cầu", "Requested media type not available"},
            409, new String[] {"conflict", "Xung đột dữ liệu", "Conflict"},
            413, new String[] {"too-large", "Dữ liệu gửi lên quá lớn", "Payload too large"},
            415, new String[] {"unsupported-media-type", "Định dạng dữ liệu không được hỗ trợ", "Unsupported media type"});

    @ExceptionHandler(RuleViolation.class)
    public ResponseEntity<Object> ruleViolation(RuleViolation e) {
        // bad values in named fields are the caller's input to fix (400); without fields the state forbids it (409)
        HttpStatus status = e.fields().isEmpty() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return problem(status, e.code(), e.messageVi(), e.messageEn(), e.fields());
    }

    @ExceptionHandler(OutsideJurisdiction.class)
    public ResponseEntity<Object> outsideJurisdiction(OutsideJurisdiction e, jakarta.servlet.http.HttpServletRequest request) {
        Refusals refusals = this.refusals == null ? null : this.refusals.getIfAvailable();
        if (refusals != null) refusals.record(request, HttpStatus.FORBIDDEN, e.reason());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Refusals.problem(HttpStatus.FORBIDDEN));
    }

    @ExceptionHandler(NotFound.class)
    public ResponseEntity<Object> notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "not-found",
                "Không tìm thấy " + e.kindVi() + " " + e.id(), e.kindEn() + " " + e.id() + " was not found", List.of());
    }

    /** Command failures arrive wrapped by the command bus; answer for their cause. */
    @ExceptionHandler(RuntimeException.class)
    public ResponseEntity<Object> unexpected(RuntimeException e) {
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            if (cause instanceof RuleViolation rule) return ruleViolation(rule);
            if (cause instanceof NotFound notFound) return notFound(notFound);
            String name = cause.getClass().getSimpleName();
            if (name.equals("AggregateNotFoundException")) {
                return problem(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy đối tượng được yêu cầu",
                        "The requested item was not found", List.of());
            }
            if (name.equals("ConcurrencyException") || name.equals("AggregateStreamCreationException")) {
                return problem(HttpStatus.CONFLICT, "concurrent-change",
                        "Dữ liệu vừa được thay đổi bởi người khác, vui lòng thử lại",
                        "The item was changed concurrently, please retry", List.of());
            }
        }
        log.error("Unexpected error while handling a request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Đã xảy ra lỗi hệ thống, vui lòng thử lại sau", "An internal error occurred, please try again later",
                List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldIssue> fields = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            String[] messages = FieldMessages.of(error);
            fields.add(new FieldIssue(error.getField(), messages[0], messages[1]));
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> fields.add(new FieldIssue(error.getObjectName(),
                "không hợp lệ", String.valueOf(error.getDefaultMessage()))));
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
                    String[] messages = FieldMessages.of(new FieldError("request", String.valueOf(name), null, false,
                            new String[] {code}, error.getArguments(), error.getDefaultMessage()));
                    return new FieldIssue(String.valueOf(name), messages[0], messages[1]);
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
            String vi = "có giá trị không hợp lệ";
            String en = "has an invalid value";
            if (cause instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                String allowed = java.util.Arrays.stream(format.getTargetType().getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
                vi = "phải là một trong: " + allowed;
                en = "must be one of: " + allowed;
            }
            return validation(List.of(new FieldIssue(field, vi, en)));
        }
        return problem(HttpStatus.BAD_REQUEST, "malformed-body", "Nội dung yêu cầu không phải JSON hợp lệ",
                "The request body is not valid JSON", List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return validation(List.of(new FieldIssue(e.getName(), "có giá trị không hợp lệ", "has an invalid value")));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        String[] generic = GENERIC.getOrDefault(status.value(),
                new String[] {"error-" + status.value(), "Không thể xử lý yêu cầu", "The request could not be handled"});
        ProblemDetail problem = Problems.of(status, generic[0], generic[1], generic[2], List.of());
        return ResponseEntity.status(status).headers(headers).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private ResponseEntity<Object> validation(List<FieldIssue> fields) {
        String names = fields.stream().map(FieldIssue::field).distinct().collect(Collectors.joining(", "));
        return problem(HttpStatus.BAD_REQUEST, "validation",
                "Dữ liệu không hợp lệ ở các trường: " + names, "Invalid input in fields: " + names, fields);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String code, String vi, String en,
                                                  List<FieldIssue> fields) {
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, code, vi, en, fields));
    }
}
