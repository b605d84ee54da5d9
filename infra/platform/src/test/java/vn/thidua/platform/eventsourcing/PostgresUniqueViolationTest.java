package vn.thidua.platform.eventsourcing;

import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresUniqueViolationTest {

    @Test
    void findsTheUniqueViolationChainedBehindABatchFailure() {
        var batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", new int[0]);
        var driverError = new SQLException("duplicate key value violates unique constraint", "23505");
        var batchWithoutState = new BatchUpdateException("Batch entry 0 was aborted", null, new int[0]);
        batchWithoutState.setNextException(driverError);

        assertThat(PostgresUniqueViolation.isCause(new RuntimeException("append failed", batch))).isTrue();
        assertThat(PostgresUniqueViolation.isCause(new RuntimeException(batchWithoutState))).isTrue();
    }

    @Test
    void otherStorageFailuresAreNotDuplicates() {
        assertThat(PostgresUniqueViolation.isCause(new RuntimeException(
                new SQLException("connection refused", "08001")))).isFalse();
        assertThat(PostgresUniqueViolation.isCause(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
