package org.communityjourneys.workflow.service;

import java.security.SecureRandom;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * The Camunda webapp offers a "create the first administrator" page to anyone while its own
 * identity service has no member of camunda-admin. People sign in through our login (single
 * sign-on), so this places one technical member there, with a random password nobody knows,
 * and the set-up page is never offered.
 */
@Component
public class CamundaAdminGroup extends AbstractProcessEnginePlugin {

    static final String TECHNICAL_USER = "ssoadmin";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
            return;
        }
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("Camunda administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(TECHNICAL_USER).count() == 0) {
            User user = identity.newUser(TECHNICAL_USER);
            user.setFirstName("Single sign-on");
            user.setLastName("(no login)");
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            user.setPassword(Base64.getEncoder().encodeToString(secret));
            identity.saveUser(user);
        }
        identity.createMembership(TECHNICAL_USER, Groups.CAMUNDA_ADMIN);
    }
}
