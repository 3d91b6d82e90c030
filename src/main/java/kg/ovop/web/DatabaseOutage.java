package kg.ovop.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database cannot be reached right now (restarting, failing over, the
 * network between): such a request is answered 503 with Retry-After on every door, never 500, and
 * the application recovers by itself once the database is back (the pool opens new connections).
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait: about as long as PostgreSQL takes to restart. */
    public static final int RETRY_AFTER_SECONDS = 10;

    /** Connection errors (class 08) and a server shutting down or starting up (57P01-57P03). */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        boolean transactionFailed = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                // The database answered: an outage only when it says the connection is gone or it is going down.
                return sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState());
            }
            transactionFailed |= cause instanceof TransactionSystemException;
        }
        // A transaction that could not even roll back, on a connection the pool found closed (no SQL state).
        return transactionFailed;
    }
}
