package org.g5sahel.pcms.commons.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Gives the tests of a service a fresh database of their own on the machine's PostgreSQL (never the local run's):
 * dropped and created at start, so every run begins from the migrations alone. Init argument {@code database}; a
 * {@link TestLane} adds its name to it.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String HOST = System.getenv().getOrDefault("PCMS_TEST_PGHOST", "127.0.0.1");
    private static final String PORT = System.getenv().getOrDefault("PCMS_TEST_PGPORT", "5432");
    private static final String USER = System.getenv().getOrDefault("PCMS_TEST_PGUSER", "postgres");

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        String named = initArgs.get("database");
        if (named == null || !named.matches("^[a-z0-9_]+_test$")) {
            throw new IllegalArgumentException("database must be a lower-case name ending in _test");
        }
        database = named.replaceFirst("_test$", TestLane.suffix("_") + "_test");
    }

    @Override
    public Map<String, String> start() {
        try (Connection admin =
                        DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL is needed at " + HOST + ":" + PORT + " (start it: pg_ctlcluster <version> main start): "
                            + e.getMessage(),
                    e);
        }
        return Map.of("quarkus.datasource.jdbc.url", jdbcUrl(database), "quarkus.datasource.username", USER);
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    @Override
    public void stop() {
        // the database stays for post-mortem inspection; the next run drops it
    }
}
