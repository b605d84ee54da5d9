package vn.thidua.platform.messaging.failure;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.support.GenericMessage;
import vn.thidua.platform.domain.StateConflict;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerFailuresTest {

    /** As the listener container hands a failure of the consumer function over. */
    private static Exception wrapped(Throwable failure) {
        return new ListenerExecutionFailedException("Listener failed",
                new MessageHandlingException(new GenericMessage<>("x"), "handler failed", failure));
    }

    @Test
    void aStoreOutOfReachIsTransientHoweverDeeplyWrapped() {
        assertThat(ConsumerFailures.isTransient(wrapped(new MongoTimeoutException("no server")))).isTrue();
        assertThat(ConsumerFailures.isTransient(wrapped(new MongoSocketReadException("reset",
                new ServerAddress())))).isTrue();
        assertThat(ConsumerFailures.isTransient(wrapped(new DataAccessResourceFailureException("down")))).isTrue();
        assertThat(ConsumerFailures.isTransient(wrapped(new IllegalStateException("event store",
                new SQLTransientConnectionException("pool timed out"))))).isTrue();
        assertThat(ConsumerFailures.isTransient(wrapped(new RuntimeException(
                new SQLException("Connection refused", "08001"))))).isTrue();
        assertThat(ConsumerFailures.isTransient(wrapped(new RuntimeException(new ConnectException("refused")))))
                .isTrue();
    }

    @Test
    void aRecordThatCannotBeDecodedOrBreaksARuleIsPoison() {
        assertThat(ConsumerFailures.isTransient(wrapped(new IllegalArgumentException("Malformed event",
                new IOException("Unexpected character"))))).isFalse();
        assertThat(ConsumerFailures.isTransient(wrapped(new StateConflict("model-locked")))).isFalse();
        assertThat(ConsumerFailures.isTransient(wrapped(new RuntimeException(
                new SQLException("duplicate key", "23505"))))).isFalse();
        assertThat(ConsumerFailures.isTransient(wrapped(new NullPointerException()))).isFalse();
    }

    @Test
    void theReasonIsTheFailureWithoutTheListenersWrappers() {
        IllegalArgumentException malformed = new IllegalArgumentException("Malformed event");
        assertThat(ConsumerFailures.reason(wrapped(malformed))).isSameAs(malformed);
    }
}
