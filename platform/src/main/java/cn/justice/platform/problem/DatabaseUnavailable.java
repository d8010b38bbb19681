package cn.justice.platform.problem;

import java.sql.SQLException;

/**
 * Recognises failures that mean "the database cannot be reached right now" (server restarting, connections
 * terminated, connections refused, pool exhausted waiting for one) as opposed to bugs. They become a 503 problem with
 * {@code Retry-After}, so clients retry, and the application recovers by itself: the pool replaces broken connections
 * on the next request.
 */
public final class DatabaseUnavailable {
    private DatabaseUnavailable() {
    }

    /** Does any cause in the chain say the database is unreachable? */
    public static boolean is(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.sql.SQLTransientConnectionException
                    || c instanceof java.sql.SQLNonTransientConnectionException
                    || c.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (c instanceof SQLException s && unavailableState(s.getSQLState(), s.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01–57P03 (admin shutdown, crash shutdown, cannot connect now: a
     * terminated backend or a restarting server), 53300 (too many connections), 55000 for a database that does not
     * accept connections; the pool's own timeouts: while no connection can be made ("Acquisition timeout while waiting
     * for new connection") and while every connection is busy ("Sorry, acquisition timeout!": an overloaded service
     * sheds the request with a 503 the client retries, instead of a 500).
     */
    static boolean unavailableState(String state, String message) {
        if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"))) {
            return true;
        }
        if (message == null) {
            return false;
        }
        return ("55000".equals(state) && message.contains("not currently accepting connections"))
                || message.toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }

    /**
     * Is this a unique-constraint violation (SQLSTATE 23505)? Two requests racing to create the same natural key
     * (e.g. a subject number) get past the application's own check together; the loser's insert fails here, which is
     * a conflict for the client, not a server error.
     */
    public static boolean isUniqueViolation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
            if (c.getClass().getName().equals("org.hibernate.exception.ConstraintViolationException")
                    && c.getCause() instanceof SQLException s2 && "23505".equals(s2.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
