package vn.thidua.testsupport;

import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts (once per JVM) the {@link Infrastructure#shared() shared infrastructure} before the test class and
 * publishes every {@link Infrastructure#springProperties()} entry as a System property, so a
 * {@code @SpringBootTest} of the same class resolves {@code ${thidua.kafka.bootstrap-servers}} etc. Also
 * injects {@link Infrastructure} and the {@link TestIdentity} provider (whose issuer it publishes too) into test
 * constructors and methods, and a {@link CloudEventRecords} publisher on the shared broker (its topics created),
 * closed when the class (or method) that asked for it is done. Use it through {@link WithInfrastructure}.
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
        return type == Infrastructure.class || type == TestIdentity.class || type == CloudEventRecords.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        if (type == TestIdentity.class) return TestIdentity.shared();
        if (type == CloudEventRecords.class) {
            return extensionContext.getStore(ExtensionContext.Namespace.create(InfrastructureExtension.class))
                    .getOrComputeIfAbsent(OpenRecords.class, key -> OpenRecords.open(), OpenRecords.class).records();
        }
        return Infrastructure.shared();
    }

    /** A publisher closed with the extension context that opened it. */
    private record OpenRecords(CloudEventRecords records) implements ExtensionContext.Store.CloseableResource {
        static OpenRecords open() {
            String brokers = Infrastructure.shared().kafkaBootstrapServers();
            CloudEventRecords.ensureTopics(brokers);
            return new OpenRecords(new CloudEventRecords(brokers));
        }

        @Override
        public void close() {
            records.close();
        }
    }
}
