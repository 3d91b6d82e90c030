package kg.ovop.certification;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import kg.ovop.engine.EngineDoors;
import kg.ovop.engine.FormSchemas;

/**
 * On every user task of brand-certification. When the task is created, its form's read-only
 * fields are filled from the store as task-local variables, so reviewers see exactly what is
 * recorded (and what the certificate will print). When it completes, it must have come through
 * the door: a safety net should a new way to complete tasks ever bypass the routing.
 */
@Component("brandTaskListener")
class BrandTaskListener implements TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApplicationViews views;
    private final FormSchemas forms;

    BrandTaskListener(ApplicationViews views, FormSchemas forms) {
        this.views = views;
        this.forms = forms;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            if (!EngineDoors.inside()) {
                throw new IllegalStateException("Task " + task.getId() + " may only be completed through BrandApplications");
            }
            return;
        }
        Map<String, Object> view = views.of(task.getExecution().getProcessBusinessKey());
        for (String key : forms.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey()).readonlyKeys()) {
            Object value = view.get(key);
            task.setVariableLocal(key, value instanceof List<?> list ? SpinValues.jsonValue(json(list)).create() : value);
        }
    }

    private static String json(List<?> list) {
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
