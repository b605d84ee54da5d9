package vn.thidua.registration.application.model;

import vn.thidua.platform.web.RuleMessages;

import java.util.List;
import java.util.Locale;

/** A registration that succeeded, with what the unit should look at (e.g. a possible duplicate). */
public record RegistrationResult(String modelId, boolean late, List<Warning> warnings) {

    /** Not an error: the registration went through, but someone should check. */
    public record Warning(String code, String modelId, String title, String messageVi, String messageEn) {
        public static final String POSSIBLE_DUPLICATE = "possible-duplicate";

        /** A warning about the model, its texts ({@code warning.<code>}, the title their argument) from the bundles. */
        public static Warning of(String code, String modelId, String title) {
            RuleMessages messages = RuleMessages.get();
            Object[] arguments = {title};
            return new Warning(code, modelId, title, messages.message("warning." + code, arguments, RuleMessages.VIETNAMESE),
                    messages.message("warning." + code, arguments, Locale.ENGLISH));
        }
    }
}
