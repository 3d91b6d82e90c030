package kg.ovop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached now" (503) and which are ordinary errors. */
class DatabaseOutageTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheCausesIsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new ProcessEnginePersistenceException("select failed",
                new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01"))))).isTrue();
        assertThat(DatabaseOutage.causedBy(new TransactionSystemException("rollback failed",
                new SQLException("This connection has been closed.", "08003")))).isTrue();
        // Seen when PostgreSQL stopped in the middle of a query over /engine-rest: the pool's closed connection has no SQL state.
        assertThat(DatabaseOutage.causedBy(new ProcessEnginePersistenceException("select failed",
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"))))).isTrue();
        assertThat(DatabaseOutage.causedBy(new DataAccessResourceFailureException("commit",
                new SQLException("Connection refused", "08001")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLTransientConnectionException("pool timed out")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void errorsOfTheRequestOrTheDataAreNot() {
        assertThat(DatabaseOutage.causedBy(new DuplicateKeyException("duplicate", new SQLException("dup", "23505")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new ProcessEnginePersistenceException("syntax", new SQLException("syntax", "42601"))))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("no cause"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new TransactionSystemException("commit failed",
                new SQLException("could not serialize access", "40001")))).as("the database answered").isFalse();
    }
}
