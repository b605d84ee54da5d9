package vn.thidua.testsupport;

import vn.thidua.testsupport.identity.TestIdentity;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts (once per JVM) the {@link Infrastructure#shared() shared infrastructure} before the test class and
 * publishes every {@link Infrastructure#springProperties()} entry as a System property, so a
 * {@code @SpringBootTest} of the same class resolves {@code ${thidua.kafka.bootstrap-servers}} etc. Also
 * injects {@link Infrastructure} and the {@link TestIdentity} provider (whose issuer it publishes too) into test
 * constructors and methods. Use it through {@link WithInfrastructure}.
 */
public class InfrastructureExtension implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        Infrastructure.shared().springProperties().forEach(System::setProperty);
        // the services trust the JVM's test identity provider (tokens with real signatures, served keys)
        TestIdentity.shared().springProperties().forEach(System::setProperty);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == Infrastructure.class || type == TestIdentity.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TestIdentity.class
                ? TestIdentity.shared() : Infrastructure.shared();
    }
}
