package kg.ovop.engine;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.spin.DataFormats;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.value.impl.JsonValueImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The read-only values of a task's form, read from the store each time the form is fetched
 * (Tasklist and /engine-rest ask the engine for a task's form variables) or a submission is
 * checked against them. They are never copied into task variables: about 30 per task, each
 * written as a runtime variable, twice as history and deleted again, were most of the rows a
 * lifecycle wrote (docs/benchmarks.md), and a copy could only ever be older than the record.
 */
@Component
public class ShownValues extends AbstractProcessEnginePlugin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Field DESERIALIZED = EngineInternals.field(AbstractGetFormVariablesCmd.class, "deserializeObjectValues");

    private final ObjectProvider<TaskViews> views;
    private final ObjectProvider<FormSchemas> forms;
    private ProcessEngineConfigurationImpl configuration;

    public ShownValues(ObjectProvider<TaskViews> views, ObjectProvider<FormSchemas> forms) {
        this.views = views;
        this.forms = forms;
    }

    /**
     * The values a task of this process shows, by read-only field key of its form (lists as JSON,
     * as form-js reads them); empty for a process without {@link TaskViews}.
     */
    public VariableMap of(String processDefinitionKey, String processDefinitionId, String taskKey, String number) {
        return configuration.getCommandExecutorTxRequired().execute(context -> values(processDefinitionKey, processDefinitionId,
                taskKey, number, true));
    }

    /**
     * Inside an engine command: the values are typed as the engine would store them, so /engine-rest names each type as
     * before; JSON is given as text only when the caller asked for serialized values (Tasklist does).
     */
    private VariableMap values(String processDefinitionKey, String processDefinitionId, String taskKey, String number,
            boolean deserialized) {
        VariableMap shown = Variables.createVariables();
        TaskViews process = views.orderedStream().filter(v -> v.processDefinitionKey().equals(processDefinitionKey)).findFirst()
                .orElse(null);
        if (process == null || number == null) {
            return shown;
        }
        Map<String, Object> view = process.of(number);
        for (String key : forms.getObject().of(processDefinitionId, taskKey).readonlyKeys()) {
            Object value = view.get(key);
            if (value instanceof List<?> list) {
                String text = json(list);
                shown.putValueTyped(key, new JsonValueImpl(deserialized ? Spin.JSON(text) : null, text, DataFormats.JSON_DATAFORMAT_NAME,
                        deserialized));
            } else if (value == null) {
                shown.putValueTyped(key, Variables.untypedNullValue());
            } else {
                UntypedValueImpl untyped = (UntypedValueImpl) Variables.untypedValue(value, false);
                shown.putValueTyped(key, configuration.getVariableSerializers().findSerializerForValue(untyped).convertToTypedValue(untyped));
            }
        }
        return shown;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        EngineInternals.interceptBefore(configuration, new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                T result = next.execute(command);
                if (command instanceof GetTaskFormVariablesCmd form && result instanceof VariableMap variables) {
                    boolean deserialized = (Boolean) EngineInternals.read(DESERIALIZED, form);
                    VariableMap shown = next.execute(context -> shownBy(context.getTaskManager().findTaskById(form.resourceId), deserialized));
                    for (String key : shown.keySet()) {
                        if (form.formVariableNames == null || form.formVariableNames.contains(key)) {
                            variables.putValueTyped(key, shown.getValueTyped(key));
                        }
                    }
                }
                return result;
            }

            /** Runs after the engine's command, so only for a caller it let read the task's variables. */
            private VariableMap shownBy(TaskEntity task, boolean deserialized) {
                if (task == null || task.getProcessInstance() == null) {
                    return Variables.createVariables();
                }
                return values(configuration.getDeploymentCache().findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getKey(),
                        task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getProcessInstance().getBusinessKey(), deserialized);
            }
        });
    }

    private static String json(List<?> list) {
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
