package kg.ovop.engine;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * No history of what a task showed: those task-local variables are copies of the store, set when
 * the task is created and gone when it ends, while the store, our decision tables and the history of
 * what reviewers submitted (process variables, form fields) remain the record. About 30 per task,
 * each written twice more as history and stamped again at the end: the largest share of the rows a
 * lifecycle wrote (docs/benchmarks.md). Every other event goes to the database as Camunda writes it.
 */
@Component
class ShownValuesHistory extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new HistoryEventHandler() {
            private final DbHistoryEventHandler database = new DbHistoryEventHandler();

            @Override
            public void handleEvent(HistoryEvent event) {
                if (!shownByATask(event)) {
                    database.handleEvent(event);
                }
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                events.forEach(this::handleEvent);
            }
        });
    }

    static boolean shownByATask(HistoryEvent event) {
        return event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null;
    }
}
