package vn.thidua.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The role and databases every PostgreSQL of the system has (embedded or container). */
public final class PostgresDatabases {

    public static final String USERNAME = "thidua";
    public static final String PASSWORD = "thidua";
    /** One database per service owning PostgreSQL data. */
    public static final List<String> DATABASES = List.of("registration", "review", "award");

    private PostgresDatabases() {
    }

    /**
     * Creates role {@code thidua} (LOGIN, CREATEDB, password {@code thidua}) and the databases owned by it when
     * missing. Idempotent: safe on every start of a persistent server.
     *
     * @param superuser a connection as a superuser (auto-commit, since CREATE DATABASE cannot run in a transaction)
     */
    public static void ensure(Connection superuser) throws SQLException {
        superuser.setAutoCommit(true);
        if (!exists(superuser, "SELECT 1 FROM pg_roles WHERE rolname = ?", USERNAME)) {
            try (Statement statement = superuser.createStatement()) {
                statement.execute("CREATE ROLE " + USERNAME + " LOGIN CREATEDB PASSWORD '" + PASSWORD + "'");
            }
        }
        for (String database : DATABASES) {
            if (!exists(superuser, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                try (Statement statement = superuser.createStatement()) {
                    statement.execute("CREATE DATABASE " + database + " OWNER " + USERNAME);
                }
            }
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet resultSet = statement.executeQuery()) {
                return resultSet.next();
            }
        }
    }

    /** {@code jdbc:postgresql://host:port/database}. */
    public static String jdbcUrl(String host, int port, String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }
}
