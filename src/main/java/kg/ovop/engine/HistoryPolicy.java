package kg.ovop.engine;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What history the engine writes, chosen for what monitoring and audit read (docs/benchmarks.md
 * has what each choice saved). Kept, as at history level {@code full}: process, activity and task
 * instances, identity links (the dashboard's claims), the last value of every process variable,
 * decisions, incidents, the job log and the user operation log. Not written: the detail history
 * ({@code ACT_HI_DETAIL}), one row for every value a variable ever had and every form field ever
 * submitted, which nothing reads: what each reviewer submitted is our decision history, in the
 * same transaction as the completion.
 * <p>
 * Removal times are stamped when a root instance starts (strategy {@code start}, application.yaml),
 * not by rewriting all of an instance's history when it ends. Instances already running when that
 * strategy was chosen have no removal time; a batch at start-up gives them one.
 */
@Component
public class HistoryPolicy extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(HistoryPolicy.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new DbHistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                if (!(event instanceof HistoricFormPropertyEventEntity)) {
                    super.handleEvent(event);
                }
            }

            @Override
            protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
                return false;
            }
        });
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        stampRunningInstances(engine);
    }

    /**
     * Gives every root instance without a removal time the one its start implies: those running
     * when strategy {@code start} was chosen, and those started on a node still at strategy
     * {@code end} that ended on one already at {@code start} (nothing stamped them at the end).
     * Returns the batch, or null when none lacks it or a batch doing this is still at work.
     */
    public static Batch stampRunningInstances(ProcessEngine engine) {
        if (engine.getManagementService().createBatchQuery().type(Batch.TYPE_PROCESS_SET_REMOVAL_TIME).count() > 0) {
            return null;
        }
        String instances = engine.getManagementService().getTableName(HistoricProcessInstance.class);
        String definitions = engine.getManagementService().getTableName(ProcessDefinition.class);
        // Only where a time to live gives a removal time: an instance without one would be found again at every start.
        List<String> unstamped = engine.getHistoryService().createNativeHistoricProcessInstanceQuery()
                .sql("SELECT * FROM " + instances + " WHERE REMOVAL_TIME_ IS NULL AND ID_ = ROOT_PROC_INST_ID_"
                        + " AND PROC_DEF_ID_ IN (SELECT ID_ FROM " + definitions + " WHERE HISTORY_TTL_ IS NOT NULL)")
                .list().stream().map(HistoricProcessInstance::getId).toList();
        if (unstamped.isEmpty()) {
            return null;
        }
        log.info("Removal time of {} running instances started before strategy 'start' is set by a batch", unstamped.size());
        return engine.getHistoryService().setRemovalTimeToHistoricProcessInstances().calculatedRemovalTime()
                .byIds(unstamped.toArray(String[]::new)).hierarchical().executeAsync();
    }
}
