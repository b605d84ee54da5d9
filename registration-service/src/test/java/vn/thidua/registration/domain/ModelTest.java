package vn.thidua.registration.domain;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.platform.domain.RuleViolation;

import java.util.List;


class ModelTest {

    private static final String MODEL = "model-1";
    private AggregateTestFixture<Model> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Model.class);
    }

    private static ModelRegisteredEvent registered() {
        return new ModelRegisteredEvent(MODEL, "vinh-linh-2023", "W19390", "D198", RegistrantKind.COLLECTIVE,
                "Dân vận khéo trong xây dựng nông thôn mới", ModelField.NEW_RURAL_CONSTRUCTION);
    }

    @Test
    void canRegisterModel() {
        fixture.givenNoPriorActivity()
                .when(new RegisterModelCommand(MODEL, "vinh-linh-2023", "W19390", "D198", RegistrantKind.COLLECTIVE,
                        "  Dân vận khéo trong xây dựng nông thôn mới ", ModelField.NEW_RURAL_CONSTRUCTION))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void rejectsRegistrationMissingEveryRequiredFieldAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new RegisterModelCommand(MODEL, " ", null, null, null, "", null))
                .expectNoEvents()
                .expectException(violationNaming("campaignId", "unitId", "registrantKind", "field", "title"));
    }

    private static Matcher<RuleViolation> violationNaming(String... fields) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.fields().stream().map(RuleViolation.FieldIssue::field).toList().equals(List.of(fields));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation naming fields ").appendValue(List.of(fields));
            }
        };
    }

    @Test
    void canWithdrawWithReason() {
        fixture.given(registered())
                .when(new WithdrawModelCommand(MODEL, "Đơn vị sáp nhập"))
                .expectEvents(new ModelWithdrawnEvent(MODEL, "Đơn vị sáp nhập"));
    }

    @Test
    void cannotWithdrawWithoutReason() {
        fixture.given(registered())
                .when(new WithdrawModelCommand(MODEL, " "))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectExceptionMessage("reason-required: A reason for withdrawal is required");
    }

    @Test
    void cannotWithdrawTwice() {
        fixture.given(registered(), new ModelWithdrawnEvent(MODEL, "Đơn vị sáp nhập"))
                .when(new WithdrawModelCommand(MODEL, "lần nữa"))
                .expectNoEvents()
                .expectException(RuleViolation.class);
    }
}
