package kg.ovop.certification;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.ovop.document.Documents;
import kg.ovop.document.StoredDocument;
import kg.ovop.engine.FormSchemas;
import kg.ovop.engine.FormValues;
import kg.ovop.engine.TaskCompletionDoor;

/**
 * The one door of a brand application. The portal, the REST API and every task completion
 * (Tasklist, /engine-rest, routed here by {@code EngineDoors}) come through it: it checks who is
 * acting, in which state, with which fields, writes the record in our tables, and only then moves
 * the process. Producers act on their own applications only; anyone else's is "not found".
 */
@Service
public class BrandApplications implements TaskCompletionDoor {

    private final ApplicationStore applications;
    private final Documents documents;
    private final BrandCertificationProcess process;
    private final FormSchemas forms;
    private final IdentityService identity;
    private final Map<String, TaskStep> steps;

    BrandApplications(ApplicationStore applications, Documents documents, BrandCertificationProcess process, FormSchemas forms,
            IdentityService identity, List<TaskStep> steps) {
        this.applications = applications;
        this.documents = documents;
        this.process = process;
        this.forms = forms;
        this.identity = identity;
        this.steps = steps.stream().collect(Collectors.toUnmodifiableMap(TaskStep::taskKey, Function.identity()));
    }

    @Transactional
    public Application createDraft(String user, ApplicationForm form) {
        return applications.createDraft(form, user);
    }

    @Transactional
    public Application updateDraft(String user, String number, ApplicationForm form) {
        own(user, number);
        if (!applications.updateDraft(number, form)) {
            throw new ApplicationStateException("portal.error.submitted",
                    "Application " + number + " has been submitted and can no longer be edited");
        }
        return applications.get(number);
    }

    public List<Application> list(String user) {
        return applications.byApplicant(user);
    }

    public Application get(String user, String number) {
        return own(user, number);
    }

    /** Everything the producer sees of one application, checked for ownership once. */
    public ApplicationView overview(String user, String number) {
        Application application = own(user, number);
        String question = application.status() == ApplicationStatus.information_requested
                ? applications.latestDecision(number, "screening").map(Decision::details).orElse(null) : null;
        return ApplicationView.of(application, question, documents.list(application.id()), applications.decisions(number));
    }

    /** Attaches a document to a draft, or while the agency waits for the producer's answer. */
    @Transactional
    public StoredDocument addDocument(String user, String number, String kind, String fileName, long size, InputStream content) {
        Application application = own(user, number);
        if (application.status() != ApplicationStatus.draft && application.status() != ApplicationStatus.information_requested) {
            throw new ApplicationStateException("portal.error.documents-closed",
                    "Documents can be added to a draft or when the agency asks for them");
        }
        return documents.attach(application.id(), kind, fileName, size, content, user);
    }

    public StoredDocument document(String user, String number, long documentId, OutputStream out) {
        StoredDocument document = describeDocument(user, number, documentId);
        documents.copyContent(documentId, out);
        return document;
    }

    public StoredDocument describeDocument(String user, String number, long documentId) {
        return documents.find(own(user, number).id(), documentId)
                .orElseThrow(() -> new ApplicationNotFoundException(number + "/documents/" + documentId));
    }

    /** Submits a draft: the process starts on the stored application, which from now on nobody edits. */
    @Transactional
    public Application submit(String user, String number) {
        Application application = own(user, number);
        if (application.status() != ApplicationStatus.draft) {
            throw new ApplicationStateException("portal.error.already-submitted", "Application " + number + " has already been submitted");
        }
        process.start(number);
        return applications.get(number);
    }

    /** The producer's answer to the agency's request, checked by the same form the task declares. */
    @Transactional
    public Application answer(String user, String number, String answer) {
        Application application = own(user, number);
        Task task = application.processInstanceId() == null ? null
                : process.openTask(application.processInstanceId(), BrandCertification.TASK_PROVIDE_INFORMATION).orElse(null);
        if (task == null) {
            throw new ApplicationStateException("portal.error.nothing-asked", "Nothing is being asked about application " + number);
        }
        FormValues form = forms.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey())
                .accept(Map.of(BrandCertification.INFORMATION_RESPONSE, answer == null ? "" : answer), Map.of(), forms);
        process.completeAsSystem(task.getId(), steps.get(task.getTaskDefinitionKey()).record(application, form, user));
        return applications.get(number);
    }

    /**
     * A reviewer's (or an administrator's) completion: only the task form's editable fields, as the
     * form declares them, and its read-only fields unchanged. A task the user may not see is left to
     * the engine, which answers it as not found or forbidden.
     */
    @Override
    @Transactional
    public Object complete(String taskId, Map<String, Object> submitted, boolean returnVariables) {
        Task task = process.visibleTask(taskId).orElse(null);
        if (task == null) {
            // Not theirs to see: refused here, never completed past the form (the engine answers unknown ids).
            if (process.exists(taskId)) {
                throw new AuthorizationException(currentUser() + " may not work on task " + taskId);
            }
            return process.completeAsUser(taskId, Map.of(), returnVariables);
        }
        FormValues form = forms.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey())
                .accept(submitted, process.shown(task), forms);
        Application application = applications.get(process.businessKey(task));
        Map<String, Object> gateway = steps.get(task.getTaskDefinitionKey()).record(application, form, currentUser());
        return process.completeAsUser(taskId, gateway, returnVariables);
    }

    @Override
    public String processDefinitionKey() {
        return BrandCertification.PROCESS_ID;
    }

    private String currentUser() {
        Authentication current = identity.getCurrentAuthentication();
        return current == null || current.getUserId() == null ? "system" : current.getUserId();
    }

    private Application own(String user, String number) {
        return applications.find(number).filter(a -> user != null && user.equals(a.applicant()))
                .orElseThrow(() -> new ApplicationNotFoundException(number));
    }
}
