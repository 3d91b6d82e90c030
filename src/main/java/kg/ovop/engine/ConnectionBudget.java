package kg.ovop.engine;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Refuses to start when the job executor could hold every database connection. A job that sends
 * mail holds two (its own, and the outbox row's own transaction, which must survive the job's
 * rollback): with as many job threads as half the pool, mail jobs took the whole pool and waited
 * for one more, and every web request failed after the connection timeout (docs/benchmarks.md,
 * submissions).
 */
@Component
class ConnectionBudget {

    /** Takes the built engine, so its job executor is there to be read. */
    ConnectionBudget(DataSource dataSource, ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        // With job execution off (camunda.bpm.job-execution.enabled=false) the engine keeps an idle default executor.
        if (dataSource instanceof HikariDataSource pool && configuration.getJobExecutor() instanceof SpringJobExecutor jobs
                && jobs.getTaskExecutor() instanceof ThreadPoolTaskExecutor threads) {
            check(pool.getMaximumPoolSize(), threads.getMaxPoolSize());
        }
    }

    /** Two connections per job thread and one for the acquisition must leave at least one for web requests. */
    static void check(int connections, int jobThreads) {
        if (2 * jobThreads + 1 >= connections) {
            throw new IllegalStateException("The database pool (" + connections + " connections, DB_POOL_SIZE) must be larger than"
                    + " twice the job executor's threads plus one (" + jobThreads + ", camunda.bpm.job-execution.max-pool-size): a job"
                    + " sending mail holds two connections, the acquisition one, and web requests need the rest");
        }
    }
}
