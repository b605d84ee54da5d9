package vn.thidua.contracts;

import java.time.Instant;

/**
 * An event published to other contexts. Implementations are records whose components are exactly the
 * wire format. {@link #subject()} is deliberately not a record component and not named like a bean
 * getter, so Jackson does not serialize it (verified by a test): it is carried in the Kafka key and the
 * {@code ce_subject} header instead of the payload.
 */
public interface IntegrationEvent {

    /** The aggregate id: Kafka record key and CloudEvents {@code subject}; orders events per aggregate. */
    String subject();

    Actor actor();

    Instant occurredAt();
}
