package vn.thidua.registration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.thidua.testsupport.WithInfrastructure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The registration service on the shared infrastructure (real Kafka broker, PostgreSQL, MongoDB stand-in), on a
 * random port, with the {@code demo} profile (demo loaders and their endpoints, as the local stack runs it). Every
 * integration test class that carries it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
public @interface RegistrationTest {
}
