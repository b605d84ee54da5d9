package vn.thidua.registration.adapter.in.web.dossier;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.web.Problems;
import vn.thidua.platform.web.RuleMessages;
import vn.thidua.registration.application.dossier.UploadRejections;
import vn.thidua.registration.domain.dossier.Dossier;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Dossier refusals (and a plan file's) in words and statuses, for the API and the page alike: a code the dossier shares with other
 * parts of the service is worded by {@code rule.<code>.dossier}; {@code invalid-document} lists its fields in
 * the reader's language; a file or dossier over its size limit is 413 Content Too Large.
 */
public final class DossierRefusals {

    static final Set<String> TOO_LARGE = Set.of(UploadRejections.TOO_LARGE, "dossier-too-large");

    private DossierRefusals() {
    }

    public static HttpStatus status(RuleViolation refused) {
        return TOO_LARGE.contains(refused.code()) ? HttpStatus.PAYLOAD_TOO_LARGE : Problems.statusOf(refused);
    }

    static ProblemDetail problem(HttpStatus status, RuleViolation refused) {
        return Problems.of(status, refused.code(), text(refused, RuleMessages.VIETNAMESE), text(refused, Locale.ENGLISH),
                RuleMessages.get().resolve(refused.fields()));
    }

    public static String text(RuleViolation refused, Locale locale) {
        RuleMessages messages = RuleMessages.get();
        String own = "rule." + refused.code() + ".dossier";
        String worded = messages.message(own, refused.arguments().toArray(), locale);
        if (!worded.equals(own)) return worded;
        if (Dossier.INVALID_DOCUMENT.equals(refused.code())) {
            String fields = refused.fields().stream().map(issue -> issue.field() + " " + messages.text(issue, locale))
                    .collect(Collectors.joining("; "));
            return messages.message("rule." + refused.code(), new Object[] {fields}, locale);
        }
        return messages.text(refused, locale);
    }
}
