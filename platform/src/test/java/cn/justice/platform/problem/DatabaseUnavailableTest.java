package cn.justice.platform.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {
    @Test
    void connectionFailuresAnywhereInTheChainMeanUnavailable() {
        assertThat(DatabaseUnavailable.is(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.is(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.is(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(DatabaseUnavailable.is(new SQLException("too many connections", "53300"))).isTrue();
        assertThat(DatabaseUnavailable.is(new IllegalStateException(new SQLException(
                "FATAL: database \"x\" is not currently accepting connections", "55000")))).isTrue();
        assertThat(DatabaseUnavailable.is(new SQLException("Acquisition timeout while waiting for new connection"))).isTrue();
        // every pooled connection busy for the whole acquisition timeout (overload): Agroal's wording
        assertThat(DatabaseUnavailable.is(new RuntimeException(new SQLException("Sorry, acquisition timeout!")))).isTrue();
        assertThat(DatabaseUnavailable.is(new SQLTransientConnectionException("refused"))).isTrue();
    }

    @Test
    void bugsAndDataErrorsAreNotOutages() {
        assertThat(DatabaseUnavailable.is(new NullPointerException())).isFalse();
        assertThat(DatabaseUnavailable.is(new SQLException("duplicate key value", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.is(new SQLException("relation does not exist", "42P01"))).isFalse();
        assertThat(DatabaseUnavailable.is(new SQLException("object in use", "55006"))).isFalse();
    }

    @Test
    void uniqueViolationsAreConflictsNotOutages() {
        SQLException dup = new SQLException("duplicate key value violates unique constraint", "23505");
        assertThat(DatabaseUnavailable.isUniqueViolation(new RuntimeException(dup))).isTrue();
        assertThat(DatabaseUnavailable.is(dup)).isFalse();
        assertThat(DatabaseUnavailable.isUniqueViolation(new SQLException("fk", "23503"))).isFalse();
    }
}
