package vn.thidua.reporting.config;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.thidua.reporting.adapter.out.mail.SmtpDigestMail;
import vn.thidua.reporting.application.deadline.DeadlineDigests;
import vn.thidua.reporting.application.deadline.DeadlineQueries;
import vn.thidua.reporting.application.deadline.DigestMail;
import vn.thidua.reporting.application.deadline.ReminderLog;
import vn.thidua.reporting.domain.deadline.DeadlineRules;

/**
 * Deadlines and reminders (nhắc hạn): the rules' days, the digest over SMTP (Spring Boot's mail sender, made when
 * {@code spring.mail.host} is set) and its schedule, which runs only when a host is set or
 * {@code thidua.deadlines.digest.enabled} is true.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
public class DeadlineConfig {

    @Bean
    DeadlineRules deadlineRules(DeadlineProperties properties) {
        return new DeadlineRules(properties.lookaheadDays(), properties.overdueKeptDays());
    }

    @Bean
    DigestMail digestMail(ObjectProvider<JavaMailSender> sender, MessageSource messages, DeadlineProperties properties) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return digest -> {
                throw new MailSendException("No SMTP host configured (spring.mail.host)");
            };
        }
        return new SmtpDigestMail(smtp, messages, properties.from(), properties.digest().pageUrl());
    }

    @Bean
    DeadlineDigests deadlineDigests(DeadlineQueries queries, ReminderLog sent, DigestMail mail,
                                    DeadlineProperties properties) {
        return new DeadlineDigests(queries, sent, mail, properties.recipients());
    }

    /** The digest's schedule (cron in Vietnam time). */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnExpression("${thidua.deadlines.digest.enabled:false} or '${spring.mail.host:}' != ''")
    static class DigestSchedule {

        private final DeadlineDigests digests;

        DigestSchedule(DeadlineDigests digests) {
            this.digests = digests;
        }

        @Scheduled(cron = "${thidua.deadlines.digest.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
        void send() {
            digests.sendDue();
        }
    }
}
