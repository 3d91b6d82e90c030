package kg.ovop.identity;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ActivityStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.DeploymentStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.ProcessDefinitionStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

import kg.ovop.engine.EngineInternals;

/**
 * What Camunda leaves open to every signed-in user and only administrators may do: read instance
 * counts of every process (statistics queries check only that the definition may be read), and
 * change the jobs that belong to no process, such as the history cleanup (Camunda checks nothing
 * for those). The job executor and our own code act with no signed-in user and are not affected.
 */
@Component
class AdministratorsOnly extends AbstractProcessEnginePlugin {

    /** Each job command with the fields that name its job or jobs. */
    private static final Map<Class<?>, List<Field>> JOB_COMMANDS = Map.of(
            SetJobRetriesCmd.class, List.of(EngineInternals.field(SetJobRetriesCmd.class, "jobId"),
                    EngineInternals.field(SetJobRetriesCmd.class, "jobIds")),
            SetJobDuedateCmd.class, List.of(EngineInternals.field(SetJobDuedateCmd.class, "jobId")),
            SetJobPriorityCmd.class, List.of(EngineInternals.field(SetJobPriorityCmd.class, "jobId")),
            DeleteJobCmd.class, List.of(EngineInternals.field(DeleteJobCmd.class, "jobId")),
            RecalculateJobDuedateCmd.class, List.of(EngineInternals.field(RecalculateJobDuedateCmd.class, "jobId")),
            AbstractSetJobStateCmd.class, List.of(EngineInternals.field(AbstractSetJobStateCmd.class, "jobId")));

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineInternals.interceptBefore(configuration, new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                Authentication user = configuration.getIdentityService().getCurrentAuthentication();
                if (user != null && user.getUserId() != null && !administrator(user)) {
                    if (command instanceof ProcessDefinitionStatisticsQueryImpl || command instanceof ActivityStatisticsQueryImpl
                            || command instanceof DeploymentStatisticsQueryImpl) {
                        throw new AuthorizationException(user.getUserId() + ": process statistics are for administrators");
                    }
                    List<String> jobs = jobsOf(command);
                    if (!jobs.isEmpty() && next.execute(context -> jobs.stream().map(id -> context.getJobManager().findJobById(id))
                            .anyMatch(job -> job != null && standalone(job)))) {
                        throw new AuthorizationException(user.getUserId() + ": jobs outside any process are for administrators");
                    }
                }
                return next.execute(command);
            }
        });
    }

    private static boolean administrator(Authentication user) {
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        return groups.contains(OvopGroup.CAMUNDA_ADMIN) || groups.contains(OvopGroup.OVOP_ADMIN.id());
    }

    private static boolean standalone(JobEntity job) {
        return job.getProcessDefinitionKey() == null && job.getProcessInstanceId() == null;
    }

    private static List<String> jobsOf(Command<?> command) {
        List<String> jobs = new ArrayList<>();
        JOB_COMMANDS.forEach((type, fields) -> {
            if (type.isInstance(command)) {
                for (Field field : fields) {
                    Object value = EngineInternals.read(field, command);
                    if (value instanceof String id) {
                        jobs.add(id);
                    } else if (value instanceof Collection<?> ids) {
                        ids.forEach(id -> jobs.add(String.valueOf(id)));
                    }
                }
            }
        });
        return jobs;
    }
}
