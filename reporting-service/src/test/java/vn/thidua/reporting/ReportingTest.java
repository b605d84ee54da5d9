package vn.thidua.reporting;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import vn.thidua.testsupport.WithInfrastructure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The reporting service on the shared infrastructure (real Kafka broker, MongoDB stand-in), on a random port. Every
 * integration test class that carries it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithInfrastructure
@AutoConfigureObservability(tracing = false) // metrics export (the prometheus endpoint) is off in tests otherwise
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // the metrics scraper's credential (outside the local stack the metrics need one)
        "thidua.security.metrics.password=" + ReportingTest.SCRAPE_PASSWORD,
        // a poison record reaches the dead-letter topic quickly
        "spring.cloud.stream.bindings.reportingEvents-in-0.consumer.max-attempts=2",
        "spring.cloud.stream.bindings.reportingEvents-in-0.consumer.back-off-initial-interval=100",
        "spring.cloud.stream.bindings.reportingEvents-in-0.consumer.back-off-max-interval=200"})
public @interface ReportingTest {

    String SCRAPE_PASSWORD = "scrape-test-secret";
}
