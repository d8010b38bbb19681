package cn.justice.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates throw-away databases on the real PostgreSQL server (the one on {@code justice.db.host}:{@code
 * justice.db.port}, default 127.0.0.1:5432, the same server the dev stack uses; test databases have their own
 * names so a running stack is not touched).
 */
public final class PostgresDatabases {
    private PostgresDatabases() {
    }

    public static String host() {
        return System.getProperty("justice.db.host", System.getenv().getOrDefault("JUSTICE_DB_HOST", "127.0.0.1"));
    }

    public static String port() {
        return System.getProperty("justice.db.port", System.getenv().getOrDefault("JUSTICE_DB_PORT", "5432"));
    }

    public static String user() {
        return System.getProperty("justice.db.user", System.getenv().getOrDefault("JUSTICE_DB_USER", "postgres"));
    }

    public static String password() {
        return System.getProperty("justice.db.password", System.getenv().getOrDefault("JUSTICE_DB_PASSWORD", ""));
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /** Drops (disconnecting any session) and creates {@code name}. */
    public static void recreate(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("bad database name " + name);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + host() + ":" + port()
                    + " is needed for the tests (make test starts the local cluster when it is down): " + e.getMessage(), e);
        }
    }

    /**
     * Takes {@code name} away from its applications as a real outage would: new connections are refused and every
     * open session is terminated ({@code pg_terminate_backend}). {@link #allowConnections} brings it back.
     */
    public static void cutOff(String name) {
        admin("ALTER DATABASE " + checked(name) + " ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + checked(name) + "' AND pid <> pg_backend_pid()");
    }

    public static void allowConnections(String name) {
        admin("ALTER DATABASE " + checked(name) + " ALLOW_CONNECTIONS true");
    }

    private static String checked(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("bad database name " + name);
        }
        return name;
    }

    private static void admin(String... statements) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
             Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL admin statement failed: " + e.getMessage(), e);
        }
    }
}
