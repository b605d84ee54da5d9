package vn.thidua.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.web.RuleMessages.ResolvedField;

import java.net.URI;
import java.util.List;

/**
 * Builds RFC 9457 problem details with a Vietnamese and an English message and the offending fields; the
 * {@code instance} names the request by its correlation id, never by its path.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String messageVi, String messageEn,
                                   List<ResolvedField> fields) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messageEn);
        problem.setType(URI.create("urn:thidua:problem:" + code));
        problem.setTitle(messageVi + " / " + messageEn);
        problem.setProperty("code", code);
        problem.setProperty("messageVi", messageVi);
        problem.setProperty("messageEn", messageEn);
        problem.setProperty("errors", fields == null ? List.of() : fields);
        String correlationId = CurrentCaller.get().map(c -> c.correlationId()).orElse(null);
        if (correlationId != null) problem.setProperty("correlationId", correlationId);
        // never the request's path (Spring fills an empty instance with it): a refusal says nothing of what was asked
        problem.setInstance(URI.create(correlationId != null && correlationId.matches("[A-Za-z0-9._-]{1,100}")
                ? "urn:thidua:request:" + correlationId : "urn:thidua:problem:" + code));
        return problem;
    }

    /** A refused rule, its texts resolved from the bundles in both languages. */
    public static ProblemDetail of(HttpStatusCode status, RuleViolation violation) {
        RuleMessages messages = RuleMessages.get();
        return of(status, violation.code(), messages.text(violation, RuleMessages.VIETNAMESE),
                messages.text(violation, java.util.Locale.ENGLISH), messages.resolve(violation.fields()));
    }

    /** Bad input is 400 and a state conflict 409: the violation's type says which, nothing is guessed. */
    public static HttpStatus statusOf(RuleViolation violation) {
        return violation instanceof InvalidInput ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT; // sealed: the two
    }

    /** A problem whose texts are the bundles' {@code problem.<code>}. */
    public static ProblemDetail of(HttpStatusCode status, String code) {
        RuleMessages messages = RuleMessages.get();
        return of(status, code, messages.message("problem." + code, new Object[0], RuleMessages.VIETNAMESE),
                messages.message("problem." + code, new Object[0], java.util.Locale.ENGLISH), List.of());
    }
}
