package kg.ovop.identity;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.util.EnsureUtil;
import org.springframework.stereotype.Component;

/**
 * A new account may read and update itself (profile, password) but not delete itself: Camunda's
 * default grants ALL, and a deleted producer's name could then be signed up again by someone else.
 * Only administrators manage users.
 */
@Component
class OwnAccountAuthorizations extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
            @Override
            public AuthorizationEntity[] newUser(User user) {
                EnsureUtil.ensureValidIndividualResourceId("Cannot create default authorization for user " + user.getId(), user.getId());
                return new AuthorizationEntity[] {createGrantAuthorization(user.getId(), null, Resources.USER, user.getId(),
                        Permissions.READ, Permissions.UPDATE)};
            }
        });
    }
}
