package vn.thidua.platform.messaging.failure;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Tells a transient failure (a store or broker out of reach, a timeout: retry it, the record is fine) from a
 * poison one (the record cannot be decoded or breaks a rule: retrying cannot help). Looks at every cause, by
 * class name, so services without JDBC or Axon on their class path classify alike. See the platform README.
 */
public final class ConsumerFailures {

    /** Classes (and their subclasses) that mean "the infrastructure failed, not the record". */
    private static final Set<String> TRANSIENT = Set.of(
            "com.mongodb.MongoSocketException",
            "com.mongodb.MongoTimeoutException",
            "com.mongodb.MongoExecutionTimeoutException",
            "com.mongodb.MongoNotPrimaryException",
            "com.mongodb.MongoNodeIsRecoveringException",
            "com.mongodb.MongoServerUnavailableException",
            "com.mongodb.MongoConnectionPoolClearedException",
            "com.mongodb.MongoInterruptedException",
            "org.springframework.dao.TransientDataAccessException",
            "org.springframework.dao.RecoverableDataAccessException",
            "org.springframework.dao.DataAccessResourceFailureException",
            "org.springframework.transaction.CannotCreateTransactionException",
            "java.sql.SQLTransientException",
            "java.sql.SQLRecoverableException",
            "java.sql.SQLNonTransientConnectionException",
            "java.net.ConnectException",
            "java.net.SocketException",
            "java.net.SocketTimeoutException",
            "java.net.UnknownHostException",
            "java.util.concurrent.TimeoutException",
            "org.apache.kafka.common.errors.RetriableException",
            "org.axonframework.common.AxonTransientException");

    /** SQLSTATE classes of a lost or refused connection, a server shutting down, no resources, a lost race. */
    private static final List<String> TRANSIENT_SQL_STATES = List.of("08", "53", "57P", "40001", "40P01");

    /** Wrappers that say where a failure happened, not what it was. */
    private static final Set<String> WRAPPERS = Set.of(
            "org.springframework.kafka.listener.ListenerExecutionFailedException",
            "org.springframework.messaging.MessagingException",
            "org.springframework.cloud.function.context.catalog.FunctionInvocationException",
            "java.util.concurrent.CompletionException",
            "java.util.concurrent.ExecutionException",
            "java.lang.reflect.UndeclaredThrowableException",
            "java.lang.reflect.InvocationTargetException");

    private ConsumerFailures() {
    }

    /** @return true when some cause of {@code failure} is an infrastructure failure worth retrying without limit */
    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (isA(cause, TRANSIENT)) return true;
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && TRANSIENT_SQL_STATES.stream().anyMatch(sql.getSQLState()::startsWith)) return true;
            if (isA(cause, Set.of("com.mongodb.MongoException")) && hasTransientLabel(cause)) return true;
        }
        return false;
    }

    /** The failure without the listener's wrappers: what the dead-letter headers name. */
    public static Throwable reason(Throwable failure) {
        Throwable cause = failure;
        while (isA(cause, WRAPPERS) && cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
        return cause;
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }

    private static boolean hasTransientLabel(Throwable mongo) {
        return mongo instanceof com.mongodb.MongoException e
                && (e.hasErrorLabel("RetryableWriteError") || e.hasErrorLabel("TransientTransactionError"));
    }

    private static boolean isA(Throwable failure, Set<String> classNames) {
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (classNames.contains(type.getName())) return true;
        }
        return false;
    }
}
