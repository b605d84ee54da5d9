package vn.thidua.registration.domain;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import vn.thidua.platform.domain.RuleViolation;

import java.util.List;

/** Matchers for the refusals an aggregate specification expects. */
public final class RuleViolations {

    private RuleViolations() {
    }

    /** A violation naming exactly these fields, in this order. */
    public static Matcher<RuleViolation> naming(String... fields) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.fields().stream().map(RuleViolation.FieldIssue::field).toList().equals(List.of(fields));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation naming exactly the fields ").appendValue(List.of(fields));
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description description) {
                description.appendText("named ").appendValue(violation.fields().stream()
                        .map(RuleViolation.FieldIssue::field).toList());
            }
        };
    }
}
