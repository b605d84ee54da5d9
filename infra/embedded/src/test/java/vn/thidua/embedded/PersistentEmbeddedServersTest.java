package vn.thidua.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/** What the local stack relies on: PostgreSQL and the H2-backed MongoDB stand-in keep their data across restarts. */
class PersistentEmbeddedServersTest {

    @TempDir
    Path dataDir;

    @Test
    void postgresKeepsDataAndPortAcrossRestartsAndSetUpIsIdempotent() throws Exception {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.builder()
                .dataDir(dataDir.resolve("postgres"))
                .logFile(dataDir.resolve("logs/postgres.log"))
                .build();
        try {
            long first = System.nanoTime();
            postgres.start();
            System.out.printf("[thidua-test] PostgreSQL first start (initdb) %d ms%n", (System.nanoTime() - first) / 1_000_000);
            int port = postgres.port();
            execute(postgres.jdbcUrl("award"), "CREATE TABLE award (name text); INSERT INTO award VALUES ('Dân vận khéo')");
            postgres.stop();
            postgres.stop(); // idempotent

            long second = System.nanoTime();
            postgres.start();
            System.out.printf("[thidua-test] PostgreSQL restart on existing data %d ms%n", (System.nanoTime() - second) / 1_000_000);
            assertEquals(port, postgres.port());
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("award"), "thidua", "thidua");
                 Statement statement = connection.createStatement();
                 ResultSet resultSet = statement.executeQuery("SELECT name FROM award")) {
                assertTrue(resultSet.next());
                assertEquals("Dân vận khéo", resultSet.getString(1));
            }
            // what was acknowledged is on disk (zonky's default is synchronous_commit=off)
            assertEquals("on", setting(postgres, "synchronous_commit"));
            assertEquals("on", setting(postgres, "fsync"));
        } finally {
            postgres.close();
        }
    }

    @Test
    void onlyATestMayTurnDurabilityOff() throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.builder().durable(false).build()) {
            postgres.start();
            assertEquals("off", setting(postgres, "synchronous_commit"));
            assertEquals("off", setting(postgres, "fsync"));
        }
    }

    private static String setting(EmbeddedPostgresServer postgres, String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("award"), "thidua", "thidua");
             Statement statement = connection.createStatement();
             ResultSet resultSet = statement.executeQuery("SHOW " + name)) {
            assertTrue(resultSet.next());
            return resultSet.getString(1);
        }
    }

    @Test
    void mongoH2FileKeepsDataAcrossRestarts() {
        EmbeddedMongo mongo = EmbeddedMongo.h2File(dataDir.resolve("mongo/mongo.mv"), 0);
        try {
            mongo.start();
            int port = mongo.port();
            try (MongoClient client = client(mongo)) {
                client.getDatabase("reporting").getCollection("ranking").insertOne(new Document("_id", "x").append("rank", 1));
            }
            mongo.stop();
            mongo.stop(); // idempotent

            mongo.start();
            assertEquals(port, mongo.port());
            try (MongoClient client = client(mongo)) {
                Document found = client.getDatabase("reporting").getCollection("ranking").find().first();
                assertEquals(1, found.getInteger("rank"));
            }
        } finally {
            mongo.close();
        }
    }

    private static MongoClient client(EmbeddedMongo mongo) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongo.uri()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .build());
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "thidua", "thidua");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
