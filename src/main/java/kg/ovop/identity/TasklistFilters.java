package kg.ovop.identity;

import java.util.Collection;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Tasklist filters: "My tasks" for everyone and one queue per reviewer group, readable only by
 * that group. Created once by name, so an administrator's later edits in Tasklist are kept.
 */
@Component
public class TasklistFilters {

    public static final String MY_TASKS = "My tasks";

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    public TasklistFilters(FilterService filterService, TaskService taskService,
            AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    public static String queueName(String groupName) {
        return "Queue: " + groupName;
    }

    void createFor(Collection<ProcessParticipants.ReviewerGroup> reviewerGroups) {
        if (!exists(MY_TASKS)) {
            Filter mine = save(MY_TASKS, -10,
                    taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
                    "Tasks assigned to me");
            Authorization everyone = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            everyone.setUserId(Authorization.ANY);
            everyone.setResource(Resources.FILTER);
            everyone.setResourceId(mine.getId());
            everyone.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(everyone);
        }
        int priority = 0;
        for (ProcessParticipants.ReviewerGroup group : reviewerGroups) {
            String name = queueName(group.name());
            if (exists(name)) {
                continue;
            }
            // Oldest due first: the queue is worked from the top.
            Filter queue = save(name, priority++,
                    taskService.createTaskQuery().taskCandidateGroup(group.id()).includeAssignedTasks().orderByDueDate().asc(),
                    "Open tasks of " + group.name() + ", claimed or not, oldest due first");
            Authorization forGroup = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            forGroup.setGroupId(group.id());
            forGroup.setResource(Resources.FILTER);
            forGroup.setResourceId(queue.getId());
            forGroup.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(forGroup);
        }
    }

    private boolean exists(String name) {
        return filterService.createFilterQuery().filterName(name).count() > 0;
    }

    private Filter save(String name, int priority, TaskQuery query, String description) {
        Filter filter = filterService.newTaskFilter(name)
                .setOwner(IdentityBootstrap.ADMIN_USER)
                .setQuery(query)
                .setProperties(Map.of("priority", priority, "description", description, "refresh", true));
        return filterService.saveFilter(filter);
    }
}
