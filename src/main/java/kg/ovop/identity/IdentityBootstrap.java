package kg.ovop.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;


/**
 * Creates the groups of shared/domain.md and their authorizations on every start (idempotent),
 * and in the local profile the demo users listed in the README. The 'admin' user itself is created
 * by the Camunda starter ({@code camunda.bpm.admin-user}); here it joins {@code ovop-admin}.
 */
@Component
public class IdentityBootstrap implements InitializingBean {

    public static final String ADMIN_USER = "admin";
    public static final String DEMO_PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final TasklistFilters tasklistFilters;
    private final IdentityProperties properties;
    private final List<ProcessParticipants> processes;

    public IdentityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
            TasklistFilters tasklistFilters, IdentityProperties properties, List<ProcessParticipants> processes) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.tasklistFilters = tasklistFilters;
        this.properties = properties;
        this.processes = processes;
    }

    @Override
    public void afterPropertiesSet() {
        for (OvopGroup group : OvopGroup.values()) {
            createGroup(group.id(), group.displayName(), group == OvopGroup.OVOP_ADMIN ? "SYSTEM" : "WORKFLOW");
        }
        for (ProcessParticipants.ReviewerGroup group : reviewerQueues()) {
            createGroup(group.id(), group.name(), "WORKFLOW");
        }
        grantApplicationAccess();
        revokeProducersEngineAccess();
        grantReviewers();
        removeSelfDeletion();
        tasklistFilters.createFor(reviewerQueues());
        addMembership(ADMIN_USER, OvopGroup.OVOP_ADMIN.id());
        if (properties.demoUsers()) {
            createDemoUsers();
        }
    }

    /** Every group that reviews any process, once each, in the order the processes list them. */
    private List<ProcessParticipants.ReviewerGroup> reviewerQueues() {
        Map<String, ProcessParticipants.ReviewerGroup> queues = new LinkedHashMap<>();
        processes.forEach(process -> process.reviewerGroups().forEach(group -> queues.putIfAbsent(group.id(), group)));
        return List.copyOf(queues.values());
    }

    private void createGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
        log.info("Created group {}", id);
    }

    private void grantApplicationAccess() {
        for (ProcessParticipants.ReviewerGroup group : reviewerQueues()) {
            grant(group.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        }
        grant(OvopGroup.OVOP_ADMIN.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(OvopGroup.OVOP_ADMIN.id(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    }

    /**
     * Producers work in the portal and /api/applications only: no Tasklist, no process starts, no
     * tasks. Grants that earlier versions gave them are taken back on start.
     */
    private void revokeProducersEngineAccess() {
        for (Resource resource : List.of(Resources.APPLICATION, Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE)) {
            authorizationService.createAuthorizationQuery().groupIdIn(OvopGroup.PRODUCERS.id()).resourceType(resource).list()
                    .forEach(granted -> authorizationService.deleteAuthorization(granted.getId()));
        }
    }

    /** Accounts created before {@link OwnAccountAuthorizations} could delete themselves; now they cannot. */
    private void removeSelfDeletion() {
        for (Authorization own : authorizationService.createAuthorizationQuery().resourceType(Resources.USER)
                .hasPermission(Permissions.DELETE).list()) {
            if (own.getUserId() != null && own.getUserId().equals(own.getResourceId())) {
                own.removePermission(Permissions.DELETE);
                authorizationService.saveAuthorization(own);
            }
        }
    }

    /**
     * Reviewers read the definitions of the processes they work on (Tasklist shows process names and
     * diagrams), no others. Their tasks come from candidate-group identity links, which the engine
     * turns into task authorizations itself, so a reviewer never sees another group's queue. What an
     * earlier version granted on every definition is taken back.
     */
    private void grantReviewers() {
        for (ProcessParticipants.ReviewerGroup group : reviewerQueues()) {
            authorizationService.createAuthorizationQuery().groupIdIn(group.id()).resourceType(Resources.PROCESS_DEFINITION)
                    .resourceId(Authorization.ANY).list()
                    .forEach(granted -> authorizationService.deleteAuthorization(granted.getId()));
        }
        for (ProcessParticipants process : processes) {
            for (ProcessParticipants.ReviewerGroup group : process.reviewerGroups()) {
                grant(group.id(), Resources.PROCESS_DEFINITION, process.processKey(), ProcessDefinitionPermissions.READ);
            }
        }
        grant(OvopGroup.OVOP_ADMIN.id(), Resources.PROCESS_DEFINITION, Authorization.ANY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK);
        grant(OvopGroup.OVOP_ADMIN.id(), Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
        grant(OvopGroup.OVOP_ADMIN.id(), Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
        grant(OvopGroup.OVOP_ADMIN.id(), Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
    }

    /** Grants exactly these permissions: a grant that exists with more or fewer is set back to them. */
    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        // A REVOKE row someone added by hand stays as it is: it can only take permissions away.
        Authorization authorization = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        int wanted = 0;
        for (Permission permission : permissions) {
            wanted |= permission.getValue();
        }
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (granted(authorization, resource) == wanted) {
            return;
        }
        authorization.setPermissions(permissions);
        authorizationService.saveAuthorization(authorization);
    }

    private static int granted(Authorization authorization, Resource resource) {
        int mask = 0;
        for (Permission permission : authorization.getPermissions(ResourceTypeUtil.getPermissionsByResourceType(resource.resourceType()))) {
            mask |= permission.getValue();
        }
        return mask;
    }

    private void createDemoUsers() {
        List<DemoUser> demoUsers = new ArrayList<>(DemoUser.PROGRAMME);
        reviewerQueues().stream().filter(group -> group.demoUser() != null)
                .forEach(group -> demoUsers.add(new DemoUser(group.demoUser(), group.name(), group.id())));
        for (DemoUser demo : demoUsers) {
            if (identityService.createUserQuery().userId(demo.userId()).count() == 0) {
                User user = identityService.newUser(demo.userId());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.userId() + "@example.org");
                user.setPassword(DEMO_PASSWORD);
                identityService.saveUser(user);
                log.info("Created demo user {} (password '{}')", demo.userId(), DEMO_PASSWORD);
            }
            addMembership(demo.userId(), demo.groupId());
        }
    }

    private void addMembership(String userId, String groupId) {
        boolean userExists = identityService.createUserQuery().userId(userId).count() > 0;
        boolean member = identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
        if (userExists && !member) {
            identityService.createMembership(userId, groupId);
        }
    }
}
