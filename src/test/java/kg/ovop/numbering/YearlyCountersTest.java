package kg.ovop.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

import kg.ovop.ProcessTestBase;

class YearlyCountersTest extends ProcessTestBase {

    @Autowired
    YearlyCounters counters;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void asManyFirstNumbersOfAYearAtOnceAsThePoolHasConnectionsAreEachGivenOnceWithoutGaps() throws Exception {
        String counter = "test-" + UUID.randomUUID().toString().substring(0, 8);
        int callers = ((HikariDataSource) dataSource).getMaximumPoolSize();
        CyclicBarrier together = new CyclicBarrier(callers);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Integer>> numbers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                // Every connection is held by a caller (its transaction has begun) before the year's counter exists.
                numbers.add(pool.submit(() -> transaction.execute(status -> {
                    jdbc.queryForObject("SELECT 1", Integer.class);
                    await(together);
                    return counters.next(counter, 2026);
                })));
            }
            List<Integer> taken = new ArrayList<>();
            for (Future<Integer> number : numbers) {
                taken.add(number.get(20, TimeUnit.SECONDS));
            }
            assertThat(taken).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, callers).boxed().toList());
        } finally {
            pool.shutdownNow();
            jdbc.update("DELETE FROM ovop_yearly_counter WHERE counter = ?", counter);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
