package vn.thidua.registration.application.model;

import java.util.List;

/** A registration that succeeded, with what the unit should look at (e.g. a possible duplicate). */
public record RegistrationResult(String modelId, boolean late, List<Warning> warnings) {

    /** Not an error: the registration went through, but someone should check. */
    public record Warning(String code, String modelId, String title, String messageVi, String messageEn) {
        public static final String POSSIBLE_DUPLICATE = "possible-duplicate";
    }
}
