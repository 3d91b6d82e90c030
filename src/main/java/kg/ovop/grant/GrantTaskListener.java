package kg.ovop.grant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import kg.ovop.engine.EngineDoors;
import kg.ovop.region.RegionDirectory;
import kg.ovop.web.Language;

/**
 * On every user task of development-grant. When the task is created, its name says which grant it
 * is about (its form's read-only fields are read from the store when the form is fetched:
 * {@link kg.ovop.engine.ShownValues}); when it completes, it must have come through {@link GrantApplications}.
 */
@Component("grantTaskListener")
class GrantTaskListener implements TaskListener {

    private final GrantStore grants;
    private final RegionDirectory regions;

    GrantTaskListener(GrantStore grants, RegionDirectory regions) {
        this.grants = grants;
        this.regions = regions;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            if (!EngineDoors.inside()) {
                throw new IllegalStateException("Task " + task.getId() + " may only be completed through GrantApplications");
            }
            return;
        }
        GrantApplication grant = grants.get(task.getExecution().getProcessBusinessKey());
        String title = grant.title();
        String shortTitle = title.codePointCount(0, title.length()) > 80 ? title.substring(0, title.offsetByCodePoints(0, 79)) + "…" : title;
        String region = regions.find(grant.regionCode()).map(r -> r.name(Language.en)).orElse(grant.regionCode());
        task.setName(task.getName() + " · " + grant.number() + " · " + shortTitle + " · " + region);
    }
}
