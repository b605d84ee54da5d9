package vn.thidua.reporting.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.thidua.reporting.application.deadline.DeadlineDigests;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The digest's schedule is off unless an SMTP host is configured or it is switched on. */
class DeadlineConfigTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(DeadlineDigests.class, () -> new DeadlineDigests(null, null, null, List.of()))
            .withUserConfiguration(DeadlineConfig.DigestSchedule.class);

    @Test
    void offByDefault() {
        context.run(c -> assertThat(c).doesNotHaveBean(DeadlineConfig.DigestSchedule.class));
    }

    @Test
    void onWithAnSmtpHost() {
        context.withPropertyValues("spring.mail.host=127.0.0.1")
                .run(c -> assertThat(c).hasSingleBean(DeadlineConfig.DigestSchedule.class));
    }

    @Test
    void onWhenSwitchedOnWithoutAHost() {
        context.withPropertyValues("thidua.deadlines.digest.enabled=true")
                .run(c -> assertThat(c).hasSingleBean(DeadlineConfig.DigestSchedule.class));
    }
}
