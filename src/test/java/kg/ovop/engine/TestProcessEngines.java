package kg.ovop.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

import kg.ovop.TestEnvironment;
import kg.ovop.certification.InformationResponseValidator;
import kg.ovop.certification.ScreeningDecisionValidator;

/**
 * Engine configurations for process tests without Spring: the same beans the application
 * registers, on PostgreSQL when configured and H2 otherwise.
 */
public final class TestProcessEngines {

    private TestProcessEngines() {
    }

    public static ProcessEngineConfigurationImpl configuration() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("test-" + UUID.randomUUID());
        configuration.setJdbcUrl(TestEnvironment.jdbcUrl("ovop-process-tests"));
        configuration.setJdbcUsername(TestEnvironment.jdbcUser());
        configuration.setJdbcPassword(TestEnvironment.jdbcPassword());
        configuration.setJdbcDriver(TestEnvironment.postgresUrl().isPresent() ? "org.postgresql.Driver" : "org.h2.Driver");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
        configuration.setBeans(beans());
        // Flow-node coverage for target/process-test-coverage (the build fails below 100 %).
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
        return configuration;
    }

    /** The application's expression beans, by the names BPMN uses. */
    static Map<Object, Object> beans() {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("workingDays", new WorkingDays());
        beans.put("screeningDecisionValidator", new ScreeningDecisionValidator());
        beans.put("informationResponseValidator", new InformationResponseValidator());
        return beans;
    }
}
