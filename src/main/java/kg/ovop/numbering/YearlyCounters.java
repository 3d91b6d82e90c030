package kg.ovop.numbering;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gap-free yearly counters ({@code ovop_yearly_counter}) for numbers like KG-OVOP-2026-000042.
 * <p>
 * {@link #lockLast} locks the year's row until the caller's transaction ends, so concurrent
 * callers queue; the caller may re-check its own state under the lock and then {@link #use} the
 * next value in the same transaction, so a rollback leaves no gap.
 */
@Component
public class YearlyCounters {

    private static final Logger log = LoggerFactory.getLogger(YearlyCounters.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate savepoint;

    public YearlyCounters(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Must run inside a transaction; returns the last value used this year (0 for none). */
    public int lockLast(String counter, int year) {
        startYearOnce(counter, year);
        return jdbc.queryForObject("SELECT last_value FROM ovop_yearly_counter WHERE counter = ? AND counter_year = ? FOR UPDATE",
                Integer.class, counter, year);
    }

    public void use(String counter, int year, int value) {
        jdbc.update("UPDATE ovop_yearly_counter SET last_value = ? WHERE counter = ? AND counter_year = ?", value, counter, year);
    }

    /** Takes the next value at once, for numbers that need no re-check under the lock. */
    public int next(String counter, int year) {
        int next = lockLast(counter, year) + 1;
        use(counter, year, next);
        return next;
    }

    private void startYearOnce(String counter, int year) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM ovop_yearly_counter WHERE counter = ? AND counter_year = ?",
                Integer.class, counter, year);
        if (rows != null && rows > 0) {
            return;
        }
        try {
            // Behind a savepoint: a duplicate key must not abort the caller's transaction (PostgreSQL would). Not a
            // transaction of its own, which would need a second connection: twenty first numbers of a year at once
            // then held the whole pool and waited for it.
            savepoint.executeWithoutResult(status -> jdbc.update(
                    "INSERT INTO ovop_yearly_counter (counter, counter_year, last_value) VALUES (?, ?, 0)", counter, year));
        } catch (DuplicateKeyException startedConcurrently) {
            log.debug("Counter {} {} was started concurrently", counter, year);
        }
    }
}
