package vn.thidua.testsupport;

import vn.thidua.testsupport.identity.TestIdentity;
import vn.thidua.testsupport.kafka.CloudEventRecords;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the {@link Infrastructure#shared() shared infrastructure} before the test class and publishes its
 * {@link Infrastructure#springProperties()} and the {@link TestIdentity} issuer as System properties, for the
 * {@code @SpringBootTest} of that class. Injects {@link Infrastructure}, {@link TestIdentity} and a
 * {@link CloudEventRecords} publisher (topics created; closed with the class or method that asked for it).
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
