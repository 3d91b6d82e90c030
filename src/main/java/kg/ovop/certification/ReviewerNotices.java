package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.REVIEW_TASK;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import kg.ovop.config.TimeConfiguration;
import kg.ovop.identity.OvopGroup;
import kg.ovop.notification.MailService;
import kg.ovop.notification.OutgoingMail;
import kg.ovop.notification.Recipient;
import kg.ovop.web.Language;

/** Reminders to reviewers and escalations to their group lead about an open review task; word of a withdrawal. */
@Component
class ReviewerNotices {

    /** An escalated task rises to the top of Tasklist's priority sort. */
    static final int ESCALATED_PRIORITY = 90;
    /** Camunda user info key holding a reviewer's language (ky, ru, en); Kyrgyz when unset. */
    static final String LANGUAGE_INFO = "language";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(TimeConfiguration.BISHKEK);

    private final BrandCertificationProcess process;
    private final IdentityService identity;
    private final MailService mail;
    private final CertificationProperties properties;

    ReviewerNotices(BrandCertificationProcess process, IdentityService identity, MailService mail,
            CertificationProperties properties) {
        this.process = process;
        this.identity = identity;
        this.mail = mail;
        this.properties = properties;
    }

    /** To whoever holds the task, or every member of its candidate groups while nobody has claimed it. */
    void remind(DelegateExecution execution) {
        Task task = openTask(execution);
        if (task == null) {
            return;
        }
        List<User> reviewers = task.getAssignee() != null ? users(List.of(task.getAssignee())) : candidates(task);
        send(execution, task, reviewers, BrandMail.REVIEW_REMINDER, "reminder");
    }

    /** To the lead of each candidate group (or the administrators), and the task's priority goes up. */
    void escalate(DelegateExecution execution) {
        Task task = openTask(execution);
        if (task == null) {
            return;
        }
        process.prioritise(task, ESCALATED_PRIORITY);
        List<User> leads = new ArrayList<>();
        for (String group : candidateGroups(task)) {
            String lead = properties.groupLeads().get(group);
            leads.addAll(lead != null ? users(List.of(lead))
                    : identity.createUserQuery().memberOfGroup(OvopGroup.OVOP_ADMIN.id()).list());
        }
        send(execution, task, leads, BrandMail.REVIEW_ESCALATION, "escalation");
    }

    /** To whoever held each review task the producer's withdrawal ended, or its groups while nobody had claimed it. */
    void withdrawn(DelegateExecution execution) {
        for (HistoricTaskInstance task : process.endedUncompleted(execution.getProcessInstanceId())) {
            List<User> reviewers = new ArrayList<>();
            if (task.getAssignee() != null) {
                reviewers.addAll(users(List.of(task.getAssignee())));
            } else {
                process.historicCandidateGroups(task.getId())
                        .forEach(group -> reviewers.addAll(identity.createUserQuery().memberOfGroup(group).list()));
            }
            send(execution, task.getId(), task.getName(), task.getDueDate(), reviewers, BrandMail.REVIEW_WITHDRAWN, "withdrawn");
        }
    }

    private void send(DelegateExecution execution, Task task, List<User> recipients, BrandMail kind, String what) {
        send(execution, task.getId(), task.getName(), task.getDueDate(), recipients, kind, what);
    }

    private void send(DelegateExecution execution, String taskId, String taskName, java.util.Date dueDate, List<User> recipients,
            BrandMail kind, String what) {
        String application = execution.getProcessBusinessKey();
        String due = dueDate == null ? "-" : DATE.format(dueDate.toInstant());
        for (User user : recipients) {
            if (user.getEmail() == null || user.getEmail().isBlank()) {
                continue;
            }
            String name = (user.getFirstName() + " " + user.getLastName()).strip();
            mail.send(new OutgoingMail("task/" + taskId + "/" + what + "/" + user.getId(), kind,
                    new Recipient(user.getEmail(), name, Language.of(identity.getUserInfo(user.getId(), LANGUAGE_INFO))),
                    List.of(application, taskName, due),
                    Map.of(), null));
        }
    }

    private Task openTask(DelegateExecution execution) {
        return process.openTask(execution.getProcessInstanceId(), REVIEW_TASK.get(execution)).orElse(null);
    }

    private List<String> candidateGroups(Task task) {
        return process.candidateGroups(task);
    }

    private List<User> candidates(Task task) {
        List<User> users = new ArrayList<>();
        for (String group : candidateGroups(task)) {
            users.addAll(identity.createUserQuery().memberOfGroup(group).list());
        }
        return users;
    }

    private List<User> users(List<String> ids) {
        return identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list();
    }
}
