package cn.justice.platform.persistence;

import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Leader election among the instances of a service: a PostgreSQL advisory lock on a key of the service's database.
 * A session lock ({@link #trySession}) is held as long as its connection lives (the outbox relay's leadership); a
 * transaction lock ({@link #tryForTransaction}) until the transaction ends (a scheduled sweep: of several instances
 * running it at the same moment only the one that got the lock acts). Session and transaction locks of one key
 * exclude each other.
 */
public final class AdvisoryLocks {
    private AdvisoryLocks() {
    }

    /** {@code pg_try_advisory_lock}: true when this connection now holds (or already held) the lock. */
    public static boolean trySession(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** {@code pg_advisory_unlock}: gives up a session lock before its (pooled) connection is handed back. */
    public static void releaseSession(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, key);
            ps.execute();
        }
    }

    /** {@code pg_try_advisory_xact_lock} in the current transaction: true when it holds the lock until it ends. */
    public static boolean tryForTransaction(EntityManager em, long key) {
        Object r = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)").setParameter(1, key).getSingleResult();
        return Boolean.TRUE.equals(r);
    }
}
