package kg.ovop.engine;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/** A bare engine on a fresh H2 database, for tests of engine-level rules without Spring (identity). */
public final class TestProcessEngines {

    private TestProcessEngines() {
    }

    public static ProcessEngineConfigurationImpl freshH2() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("test-" + UUID.randomUUID());
        configuration.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        configuration.setJdbcUsername("sa");
        configuration.setJdbcPassword("");
        configuration.setJdbcDriver("org.h2.Driver");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
        return configuration;
    }
}
