package kg.ovop.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Nodes starting together on one PostgreSQL database take turns from the engine's build to the
 * application being ready: Camunda creates and updates its tables with plain DDL (two nodes on an
 * empty database raced: duplicate key in pg_type), and the start-up work after it (the admin user,
 * groups, authorizations, filters, deployments) checks first and writes after, which two nodes at
 * once would both do. A session advisory lock on a connection of its own, taken before the engine
 * is built and given back once the application is ready; a node that dies meanwhile gives it back
 * with its connection. Flyway, which runs before, locks by itself; H2 (the single local node) needs none.
 */
@Component
class StartupLock extends AbstractProcessEnginePlugin implements DisposableBean {

    /** Any number of this application's own: "ovop" in ASCII. */
    static final long KEY = 0x6f766f70L;

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private final DataSource dataSource;
    private Connection held;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            if (!tryLock(connection)) {
                log.info("Another node is starting on this database; waiting for it to be ready before building the engine");
                call(connection, "SELECT pg_advisory_lock(?)");
            }
            held = connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the start-up lock", e);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, KEY);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Runs a lock function on the key; blocking ones return once the lock is held. */
    private static void call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            statement.execute();
        }
    }

    /** Last of the start-up listeners: the demo data and everything else done at ready come first. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void ready() {
        release();
    }

    /** A start that fails before it is ready closes the context: the lock goes back then. */
    @Override
    public void destroy() {
        release();
    }

    private synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held) {
            call(connection, "SELECT pg_advisory_unlock(?)");
        } catch (SQLException e) {
            log.warn("Could not give back the start-up lock; it goes with the connection", e);
        } finally {
            held = null;
        }
    }
}
