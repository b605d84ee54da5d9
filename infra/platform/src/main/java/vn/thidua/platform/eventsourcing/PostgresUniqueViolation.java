package vn.thidua.platform.eventsourcing;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Finds PostgreSQL's unique violation (SQLSTATE 23505) in an exception's causes and chained SQL exceptions. */
final class PostgresUniqueViolation {

    static final String UNIQUE_VIOLATION = "23505";

    private PostgresUniqueViolation() {
    }

    static boolean isCause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return search(failure, seen);
    }

    private static boolean search(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) return false;
        if (t instanceof SQLException sql) {
            if (UNIQUE_VIOLATION.equals(sql.getSQLState())) return true;
            if (search(sql.getNextException(), seen)) return true;
        }
        return search(t.getCause(), seen);
    }
}
