package vn.thidua.platform.inbox;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import vn.thidua.platform.messaging.InboundEvents;

/** The idempotent inbox, for services that turn inbound events into commands. */
@AutoConfiguration(afterName = {"org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "vn.thidua.platform.messaging.MessagingAutoConfiguration"})
@ConditionalOnProperty(name = "thidua.inbox.enabled", havingValue = "true")
public class InboxAutoConfiguration {

    @Bean
    public Inbox inbox(MongoDatabaseFactory mongo) {
        return new Inbox(mongo.getMongoDatabase());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.axonframework.commandhandling.gateway.CommandGateway")
    static class CommandsFromEvents {

        @Bean
        public InboundCommands inboundCommands(InboundEvents reader, Inbox inbox, CommandGateway commands,
                                               @Value("${spring.application.name}") String serviceName) {
            return new InboundCommands(reader, inbox, commands, serviceName);
        }
    }
}
