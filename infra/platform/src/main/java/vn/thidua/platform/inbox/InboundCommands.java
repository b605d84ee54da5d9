package vn.thidua.platform.inbox;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.messaging.InboundEvent;
import vn.thidua.platform.messaging.InboundEvents;

import java.util.Optional;
import java.util.function.Function;

/**
 * Turns an inbound integration event into a command of this service, once: unknown types are skipped, an
 * event id already applied is skipped, and the command is issued by the service itself (the system caller)
 * under the event's correlation id. A command that creates an aggregate which already exists means an
 * earlier delivery got through before a crash: it counts as applied.
 */
public class InboundCommands {

    private static final Logger log = LoggerFactory.getLogger(InboundCommands.class);

    private final InboundEvents reader;
    private final Inbox inbox;
    private final CommandGateway commands;
    private final String serviceName;

    public InboundCommands(InboundEvents reader, Inbox inbox, CommandGateway commands, String serviceName) {
        this.reader = reader;
        this.inbox = inbox;
        this.commands = commands;
        this.serviceName = serviceName;
    }

    public void handle(Message<byte[]> message, Function<IntegrationEvent, Optional<Object>> toCommand) {
        reader.read(message).ifPresent(event -> handle(event, toCommand));
    }

    /** The same for an event a listener has already decoded (to route some types elsewhere). */
    public void handle(InboundEvent event, Function<IntegrationEvent, Optional<Object>> toCommand) {
        inbox.processOnce(event, e ->
                toCommand.apply(e.payload()).ifPresent(command -> {
                    Caller caller = Caller.system(serviceName, e.correlationId());
                    try {
                        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                .andMetaData(caller.toMetaData()));
                    } catch (AggregateStreamCreationException duplicate) {
                        log.info("Event {} was applied before ({}), not applying it again", e.id(),
                                command.getClass().getSimpleName());
                    }
                }));
    }
}
