package vn.thidua.platform.eventsourcing;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.relay.EventRelay;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Axon wiring shared by every service with an event store: events in PostgreSQL (Axon's JDBC engine, gap-aware
 * tracking, schema by Flyway), tokens of view processors in MongoDB beside the views, the relay's token in
 * PostgreSQL beside the events it reads, and the caller carried from each command onto its events.
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
@ConditionalOnClass({JdbcTokenStore.class, MongoTokenStore.class})
public class EventSourcingAutoConfiguration {

    /** Copies the caller and correlation id from a command onto every event it causes. */
    @Bean
    public CorrelationDataProvider callerCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(Caller.METADATA_KEYS.toArray(String[]::new));
    }

    /**
     * Recognises PostgreSQL's unique violation (SQLSTATE 23505) anywhere in the cause chain, batch entries
     * included. Axon's default JDBC resolver looks for {@code SQLIntegrityConstraintViolationException},
     * which the PostgreSQL driver never throws: a second creation of the same aggregate would surface as a
     * generic storage error instead of {@link org.axonframework.modelling.command.AggregateStreamCreationException}.
     */
    @Bean
    public PersistenceExceptionResolver postgresUniqueViolationResolver() {
        return PostgresUniqueViolation::isCause;
    }

    /** Default token store, used by the view processors: MongoDB, beside the views they build. */
    @Bean
    public TokenStore tokenStore(MongoDatabaseFactory mongo, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(mongo.getMongoDatabase()).build())
                .serializer(serializer)
                .build();
    }

    @Bean
    public ConfigurerModule platformProcessingModule(ConnectionProvider connectionProvider) {
        return configurer -> configurer.eventProcessing()
                // Never log-and-skip: a failing handler stops its processor, which retries with backoff.
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerTokenStore(EventRelay.PROCESSING_GROUP, c -> JdbcTokenStore.builder()
                        .connectionProvider(connectionProvider)
                        .schema(new TokenSchema())
                        .serializer(c.serializer())
                        .build());
    }

    /** Puts the current caller into every command's metadata, unless the sender set one explicitly. */
    @Bean
    public SmartInitializingSingleton callerDispatchInterceptorRegistration(CommandBus commandBus) {
        MessageDispatchInterceptor<CommandMessage<?>> interceptor = messages -> (index, command) -> withCaller(command);
        return () -> commandBus.registerDispatchInterceptor(interceptor);
    }

    private static CommandMessage<?> withCaller(CommandMessage<?> command) {
        if (command.getMetaData().containsKey(Caller.USER_ID)) return command;
        var caller = CurrentCaller.get();
        return caller.isPresent() ? command.andMetaData(caller.get().toMetaData()) : command;
    }
}
