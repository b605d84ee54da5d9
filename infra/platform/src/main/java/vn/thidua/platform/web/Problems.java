package vn.thidua.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.domain.StateConflict;
import vn.thidua.platform.web.RuleMessages.ResolvedField;

import java.net.URI;
import java.util.List;

/** Builds RFC 9457 problem details with a Vietnamese and an English message and the offending fields. */
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
        CurrentCaller.get().map(c -> c.correlationId()).ifPresent(id -> problem.setProperty("correlationId", id));
        return problem;
    }

    /** A refused rule, its texts resolved from the bundles in both languages. */
    public static ProblemDetail of(HttpStatusCode status, RuleViolation violation) {
        RuleMessages messages = RuleMessages.get();
        return of(status, violation.code(), messages.text(violation, RuleMessages.VIETNAMESE),
                messages.text(violation, java.util.Locale.ENGLISH), messages.resolve(violation.fields()));
    }

    /** Explicit for {@link InvalidInput} (400) and {@link StateConflict} (409); guessed only for inline texts. */
    public static HttpStatus statusOf(RuleViolation violation) {
        if (violation instanceof InvalidInput) return HttpStatus.BAD_REQUEST;
        if (violation instanceof StateConflict) return HttpStatus.CONFLICT;
        return violation.fields().isEmpty() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
    }

    /** A problem whose texts are the bundles' {@code problem.<code>}. */
    public static ProblemDetail of(HttpStatusCode status, String code) {
        RuleMessages messages = RuleMessages.get();
        return of(status, code, messages.message("problem." + code, new Object[0], RuleMessages.VIETNAMESE),
                messages.message("problem." + code, new Object[0], java.util.Locale.ENGLISH), List.of());
    }
}
