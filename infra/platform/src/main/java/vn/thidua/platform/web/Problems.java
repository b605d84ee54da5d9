package vn.thidua.platform.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;

import java.net.URI;
import java.util.List;

/** Builds RFC 9457 problem details with a Vietnamese and an English message and the offending fields. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String messageVi, String messageEn,
                                   List<FieldIssue> fields) {
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
}
