package org.communityjourneys.workflow.service;

import org.communityjourneys.tasks.service.TaskInbox;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.SystemPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.communityjourneys.identity.domain.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's own authorizations for our role groups ({@code camunda.bpm.authorization.enabled=true}).
 * They apply to whoever the engine knows as authenticated: the people signed in to Cockpit and
 * Admin (see {@link CamundaWebappSingleSignOn}), whose requests reach the engine under their
 * user id and role groups. Governance leads and administrators read definitions, instances,
 * history and incidents; administrators also give failed jobs new retries; nobody modifies
 * instances, variables, tasks or deployments, and the other roles get nothing.
 *
 * <p>The product's own services call the engine without an authenticated user on the thread,
 * so the engine runs them as the system: the product checks roles itself (e.g. {@link TaskInbox})
 * and records the acting person (the task's assignee, the audit log); the inbox also names them
 * to the engine with its checks off ({@link OnBehalfOf}).
 *
 * <p>Written at every start, converging: the grants of our role groups on every resource of a
 * type ({@code *}) become exactly these, whatever was there (e.g. granted by hand). Running it twice
 * changes nothing. Grants on single resources are left alone: the engine writes them itself for a
 * task's candidate groups and assignee (e.g. FACILITATOR may work on a facilitators' task), and they
 * matter only to someone who reaches the engine authenticated in that role, which no door allows.
 */
@Component
public class EngineAuthorizations extends AbstractProcessEnginePlugin {

    static final String GOVERNANCE = Role.GOVERNANCE.name();
    static final String ADMIN = Role.ADMIN.name();

    private static final Logger LOG = LoggerFactory.getLogger(EngineAuthorizations.class);

    /** One grant: a group may do these on every resource of a type ({@code *}). */
    record Grant(String groupId, Resource resource, List<Permission> permissions) {

        static Grant of(String groupId, Resource resource, Permission... permissions) {
            return new Grant(groupId, resource, List.of(permissions));
        }
    }

    /** The grants, group by group; groups of our roles not named here get none. */
    static List<Grant> grants() {
        List<Grant> grants = new ArrayList<>();
        for (String reader : List.of(GOVERNANCE, ADMIN)) {
            grants.addAll(reads(reader));
        }
        grants.add(Grant.of(ADMIN, Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.RETRY_JOB));
        grants.add(Grant.of(ADMIN, Resources.PROCESS_INSTANCE, ProcessInstancePermissions.READ,
                ProcessInstancePermissions.RETRY_JOB));
        grants.add(Grant.of(ADMIN, Resources.BATCH, BatchPermissions.READ, BatchPermissions.READ_HISTORY,
                BatchPermissions.CREATE_BATCH_SET_JOB_RETRIES));
        // the Admin app's read views (users, groups and authorizations of the engine, system)
        for (Resource resource : List.of(Resources.USER, Resources.GROUP, Resources.AUTHORIZATION, Resources.TENANT)) {
            grants.add(Grant.of(ADMIN, resource, Permissions.READ));
        }
        grants.add(Grant.of(ADMIN, Resources.SYSTEM, SystemPermissions.READ));
        return merged(grants);
    }

    private static List<Grant> reads(String groupId) {
        return List.of(
                Grant.of(groupId, Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                        ProcessDefinitionPermissions.READ_TASK),
                Grant.of(groupId, Resources.PROCESS_INSTANCE, ProcessInstancePermissions.READ),
                Grant.of(groupId, Resources.TASK, TaskPermissions.READ),
                Grant.of(groupId, Resources.HISTORIC_PROCESS_INSTANCE, HistoricProcessInstancePermissions.READ),
                Grant.of(groupId, Resources.HISTORIC_TASK, HistoricTaskPermissions.READ),
                Grant.of(groupId, Resources.DEPLOYMENT, Permissions.READ),
                Grant.of(groupId, Resources.DECISION_DEFINITION, Permissions.READ, Permissions.READ_HISTORY),
                Grant.of(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, Permissions.READ),
                Grant.of(groupId, Resources.BATCH, BatchPermissions.READ, BatchPermissions.READ_HISTORY),
                Grant.of(groupId, Resources.OPERATION_LOG_CATEGORY, UserOperationLogCategoryPermissions.READ));
    }

    /** A later grant for the same group and resource replaces the earlier one. */
    private static List<Grant> merged(List<Grant> grants) {
        List<Grant> merged = new ArrayList<>();
        for (Grant grant : grants) {
            merged.removeIf(earlier -> earlier.groupId().equals(grant.groupId())
                    && earlier.resource().resourceType() == grant.resource().resourceType());
            merged.add(grant);
        }
        return merged;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        apply(engine.getAuthorizationService());
    }

    /** Makes the grants of our role groups exactly {@link #grants()}. */
    static void apply(AuthorizationService authorizations) {
        String[] roleGroups = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
        List<Grant> wanted = grants();
        List<Authorization> existing = authorizations.createAuthorizationQuery().groupIdIn(roleGroups)
                .resourceId(Authorization.ANY).list();
        int changed = 0;
        for (Authorization authorization : existing) {
            Grant grant = wanted.stream().filter(candidate -> matches(candidate, authorization)).findFirst().orElse(null);
            if (grant == null) {
                authorizations.deleteAuthorization(authorization.getId());
                changed++;
            } else if (!sameFlags(authorization, grant)) {
                authorization.setPermissions(new Permission[] {Permissions.NONE});
                grant.permissions().forEach(authorization::addPermission);
                authorizations.saveAuthorization(authorization);
                changed++;
            }
        }
        for (Grant grant : wanted) {
            if (existing.stream().noneMatch(authorization -> matches(grant, authorization))) {
                Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                authorization.setGroupId(grant.groupId());
                authorization.setResource(grant.resource());
                authorization.setResourceId(Authorization.ANY);
                grant.permissions().forEach(authorization::addPermission);
                authorizations.saveAuthorization(authorization);
                changed++;
            }
        }
        if (changed > 0) {
            LOG.info("Engine authorizations of the role groups: {} written or removed", changed);
        }
    }

    private static boolean matches(Grant grant, Authorization authorization) {
        return authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
                && grant.groupId().equals(authorization.getGroupId())
                && grant.resource().resourceType() == authorization.getResourceType()
                && Authorization.ANY.equals(authorization.getResourceId());
    }

    private static boolean sameFlags(Authorization authorization, Grant grant) {
        int wanted = grant.permissions().stream().mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
        return bits(authorization) == wanted;
    }

    /** The permission bits of a stored authorization (a grant starts from NONE = 0). */
    private static int bits(Authorization authorization) {
        return ((AuthorizationEntity) authorization).getPermissions();
    }
}
