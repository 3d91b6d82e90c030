package kg.ovop.grant;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import kg.ovop.engine.EngineDoors;
import kg.ovop.engine.FormSchemas;

/**
 * On every user task of development-grant. When the task is created, its form's read-only fields
 * are filled from the store as task-local variables and its name says which grant it is about;
 * when it completes, it must have come through {@link GrantApplications}.
 */
@Component("grantTaskListener")
class GrantTaskListener implements TaskListener {

    private final GrantViews views;
    private final FormSchemas forms;

    GrantTaskListener(GrantViews views, FormSchemas forms) {
        this.views = views;
        this.forms = forms;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            if (!EngineDoors.inside()) {
                throw new IllegalStateException("Task " + task.getId() + " may only be completed through GrantApplications");
            }
            return;
        }
        Map<String, Object> view = views.of(task.getExecution().getProcessBusinessKey());
        String title = (String) view.get("title");
        String shortTitle = title.codePointCount(0, title.length()) > 80 ? title.substring(0, title.offsetByCodePoints(0, 79)) + "…" : title;
        task.setName(task.getName() + " · " + view.get("grantNumber") + " · " + shortTitle + " · " + view.get("region"));
        for (String key : forms.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey()).readonlyKeys()) {
            task.setVariableLocal(key, view.get(key));
        }
    }
}
