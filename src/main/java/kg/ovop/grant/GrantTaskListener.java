package kg.ovop.grant;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import kg.ovop.engine.EngineDoors;

/**
 * On every user task of development-grant. When the task is created, its name says which grant it
 * is about (its form's read-only fields are read from the store when the form is fetched:
 * {@link kg.ovop.engine.ShownValues}); when it completes, it must have come through {@link GrantApplications}.
 */
@Component("grantTaskListener")
class GrantTaskListener implements TaskListener {

    private final GrantViews views;

    GrantTaskListener(GrantViews views) {
        this.views = views;
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
    }
}
