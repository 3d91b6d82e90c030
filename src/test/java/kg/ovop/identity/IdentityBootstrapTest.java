package kg.ovop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kg.ovop.certification.BrandCertification;
import kg.ovop.engine.TestProcessEngines;
import kg.ovop.identity.ProcessParticipants.ReviewerGroup;

/** Identity rules are database-independent, so each test gets a fresh H2 engine of its own. */
class IdentityBootstrapTest {

    ProcessEngine engine;

    @BeforeEach
    void freshEngine() {
        ProcessEngineConfigurationImpl configuration = TestProcessEngines.freshH2();
        configuration.setGroupResourceWhitelistPattern("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*");
        configuration.setAuthorizationEnabled(true);
        engine = configuration.buildProcessEngine();
        User admin = engine.getIdentityService().newUser(IdentityBootstrap.ADMIN_USER);
        admin.setPassword("from-the-environment");
        engine.getIdentityService().saveUser(admin);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void productionGetsEveryGroupAndNoDemoUser() {
        bootstrap(false).afterPropertiesSet();

        assertThat(engine.getIdentityService().createGroupQuery().list()).extracting(g -> g.getId())
                .containsExactlyInAnyOrder("producers", "agency", "academia", "association", "brand-committee",
                        "finance", "ovop-admin", "agency-osh");
        assertThat(engine.getIdentityService().createUserQuery().list()).extracting(User::getId)
                .containsExactly(IdentityBootstrap.ADMIN_USER);
        assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("ovop-admin").singleResult().getId())
                .isEqualTo(IdentityBootstrap.ADMIN_USER);
    }

    @Test
    void localDefaultAddsOneDemoUserPerGroupWithPasswordDemo() {
        bootstrap(true).afterPropertiesSet();

        for (String[] userAndGroup : List.of(new String[] {"producer1", "producers"}, new String[] {"agency1", "agency"},
                new String[] {"academia1", "academia"}, new String[] {"association1", "association"},
                new String[] {"committee1", "brand-committee"}, new String[] {"finance1", "finance"}, new String[] {"agencyosh1", "agency-osh"})) {
            assertThat(engine.getIdentityService().checkPassword(userAndGroup[0], "demo")).as(userAndGroup[0]).isTrue();
            assertThat(engine.getIdentityService().createUserQuery().userId(userAndGroup[0])
                    .memberOfGroup(userAndGroup[1]).count()).as(userAndGroup[0]).isEqualTo(1);
        }
    }

    @Test
    void secondStartChangesNothing() {
        bootstrap(true).afterPropertiesSet();
        long authorizations = engine.getAuthorizationService().createAuthorizationQuery().count();
        long filters = engine.getFilterService().createFilterQuery().count();

        bootstrap(true).afterPropertiesSet();

        assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(filters).as("mine, one per reviewing group").isEqualTo(1 + 5);
    }

    @Test
    void aGrantWidenedOrNarrowedByHandIsSetBackOnStart() {
        bootstrap(false).afterPropertiesSet();
        var authorizations = engine.getAuthorizationService();
        var widened = authorizations.createAuthorizationQuery().groupIdIn("agency").resourceType(Resources.PROCESS_DEFINITION)
                .resourceId(BrandCertification.PROCESS_ID).singleResult();
        widened.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
        widened.addPermission(ProcessDefinitionPermissions.UPDATE_INSTANCE);
        authorizations.saveAuthorization(widened);
        var narrowed = authorizations.createAuthorizationQuery().groupIdIn("ovop-admin").resourceType(Resources.PROCESS_DEFINITION)
                .resourceId("*").singleResult();
        narrowed.removePermission(ProcessDefinitionPermissions.READ_HISTORY);
        authorizations.saveAuthorization(narrowed);

        bootstrap(false).afterPropertiesSet();

        List<String> agency = List.of("agency");
        assertThat(authorizations.isUserAuthorized("someone", agency, ProcessDefinitionPermissions.CREATE_INSTANCE,
                Resources.PROCESS_DEFINITION, BrandCertification.PROCESS_ID)).isFalse();
        assertThat(authorizations.isUserAuthorized("someone", agency, ProcessDefinitionPermissions.UPDATE_INSTANCE,
                Resources.PROCESS_DEFINITION, BrandCertification.PROCESS_ID)).isFalse();
        assertThat(authorizations.isUserAuthorized("someone", agency, ProcessDefinitionPermissions.READ,
                Resources.PROCESS_DEFINITION, BrandCertification.PROCESS_ID)).isTrue();
        assertThat(authorizations.isUserAuthorized("someone", List.of("ovop-admin"), ProcessDefinitionPermissions.READ_HISTORY,
                Resources.PROCESS_DEFINITION, BrandCertification.PROCESS_ID)).isTrue();
    }

    @Test
    void producersHaveNoEngineAccessEvenWhereAnEarlierVersionGaveThemSome() {
        // What the first version granted: start the brand process, create instances, use Tasklist.
        IdentityBootstrap earlier = bootstrap(false);
        earlier.afterPropertiesSet();
        earlier.grant(OvopGroup.PRODUCERS.id(), Resources.PROCESS_DEFINITION, BrandCertification.PROCESS_ID,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        earlier.grant(OvopGroup.PRODUCERS.id(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        earlier.grant(OvopGroup.PRODUCERS.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);

        bootstrap(false).afterPropertiesSet();
        var authorizations = engine.getAuthorizationService();
        List<String> producers = List.of("producers");

        assertThat(authorizations.isUserAuthorized("someone", producers, ProcessDefinitionPermissions.CREATE_INSTANCE,
                Resources.PROCESS_DEFINITION, BrandCertification.PROCESS_ID)).isFalse();
        assertThat(authorizations.isUserAuthorized("someone", producers, Permissions.CREATE,
                Resources.PROCESS_INSTANCE, "any-instance")).isFalse();
        assertThat(authorizations.isUserAuthorized("someone", producers, Permissions.ACCESS,
                Resources.APPLICATION, "tasklist")).isFalse();
        assertThat(authorizations.isUserAuthorized("someone", List.of("agency"), Permissions.ACCESS,
                Resources.APPLICATION, "tasklist")).isTrue();
        assertThat(authorizations.isUserAuthorized("someone", producers, Permissions.ACCESS,
                Resources.APPLICATION, "cockpit")).isFalse();
        assertThat(authorizations.isUserAuthorized("someone", List.of("ovop-admin"), Permissions.ACCESS,
                Resources.APPLICATION, "cockpit")).isTrue();
    }

    @Test
    void accountsCreatedBeforeMayNoLongerDeleteThemselves() {
        // Camunda's default provider (this engine has no OwnAccountAuthorizations) grants ALL on oneself.
        User early = engine.getIdentityService().newUser("early");
        early.setPassword("an-early-password");
        engine.getIdentityService().saveUser(early);
        var authorizations = engine.getAuthorizationService();
        assertThat(authorizations.isUserAuthorized("early", List.of(), Permissions.DELETE, Resources.USER, "early")).isTrue();

        bootstrap(false).afterPropertiesSet();

        assertThat(authorizations.isUserAuthorized("early", List.of(), Permissions.DELETE, Resources.USER, "early")).isFalse();
        assertThat(authorizations.isUserAuthorized("early", List.of(), Permissions.UPDATE, Resources.USER, "early")).isTrue();
    }

    private IdentityBootstrap bootstrap(boolean demoUsers) {
        return new IdentityBootstrap(engine.getIdentityService(), engine.getAuthorizationService(),
                new TasklistFilters(engine.getFilterService(), engine.getTaskService(), engine.getAuthorizationService()),
                new IdentityProperties(demoUsers, "unused"), List.of(
                        new ProcessParticipants("brand-certification", "producers", List.of(ReviewerGroup.of(OvopGroup.AGENCY),
                                new ReviewerGroup("brand-committee", "National brand committee", "committee1"),
                                new ReviewerGroup("agency-osh", "OVOP agency, Osh office", "agencyosh1"))),
                        new ProcessParticipants("development-grant", "producers", List.of(ReviewerGroup.of(OvopGroup.AGENCY),
                                ReviewerGroup.of(OvopGroup.ACADEMIA), new ReviewerGroup("finance", "Fund accountants", "finance1")))));
    }

    @Test
    void reviewersReadOnlyTheDefinitionsOfTheProcessesTheyWorkOnEvenWhereAnEarlierVersionGaveThemAll() {
        IdentityBootstrap earlier = bootstrap(false);
        earlier.afterPropertiesSet();
        earlier.grant("finance", Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ);

        bootstrap(false).afterPropertiesSet();
        var authorizations = engine.getAuthorizationService();

        assertThat(authorizations.isUserAuthorized("someone", List.of("finance"), ProcessDefinitionPermissions.READ,
                Resources.PROCESS_DEFINITION, "development-grant")).isTrue();
        assertThat(authorizations.isUserAuthorized("someone", List.of("finance"), ProcessDefinitionPermissions.READ,
                Resources.PROCESS_DEFINITION, "brand-certification")).isFalse();
        assertThat(authorizations.isUserAuthorized("someone", List.of("agency"), ProcessDefinitionPermissions.READ,
                Resources.PROCESS_DEFINITION, "brand-certification")).isTrue();
        assertThat(authorizations.isUserAuthorized("someone", List.of("agency"), ProcessDefinitionPermissions.READ,
                Resources.PROCESS_DEFINITION, "development-grant")).isTrue();
        assertThat(authorizations.isUserAuthorized("someone", List.of("brand-committee"), ProcessDefinitionPermissions.READ,
                Resources.PROCESS_DEFINITION, "development-grant")).isFalse();
    }
}
