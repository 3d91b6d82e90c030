package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.CONFLICT_DECLARED;
import static kg.ovop.certification.BrandCertification.CONFLICT_OF_INTEREST;
import static kg.ovop.certification.BrandCertification.CONFLICT_REASON;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.ovop.certificate.Certificate;
import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.document.DocumentKind;
import kg.ovop.document.Documents;
import kg.ovop.document.StoredDocument;
import kg.ovop.engine.FormSchemas;
import kg.ovop.engine.FormValues;
import kg.ovop.engine.TaskCompletionDoor;
import kg.ovop.identity.OvopGroup;
import kg.ovop.identity.UserInfo;
import kg.ovop.region.TerritoryDirectory;
import kg.ovop.web.BadRequestException;

/**
 * The one door of a brand application. The portal, the REST API and every task completion
 * (Tasklist, /engine-rest, routed here by {@code EngineDoors}) come through it: it checks who is
 * acting, in which state, with which fields, writes the record in our tables, and only then moves
 * the process. Producers act on their own applications only; anyone else's is "not found".
 */
@Service
public class BrandApplications implements TaskCompletionDoor {

    static final String WITHDRAWAL = "withdrawal";
    /** Submitted and not yet decided by the committee. */
    private static final Set<ApplicationStatus> WITHDRAWABLE = EnumSet.of(ApplicationStatus.submitted, ApplicationStatus.in_screening,
            ApplicationStatus.information_requested, ApplicationStatus.in_expert_review, ApplicationStatus.in_committee);

    private final ApplicationStore applications;
    private final Documents documents;
    private final BrandCertificationProcess process;
    private final FormSchemas forms;
    private final IdentityService identity;
    private final Map<String, TaskStep> steps;
    private final TerritoryDirectory territories;
    private final CertificateRegistry certificates;

    BrandApplications(ApplicationStore applications, Documents documents, BrandCertificationProcess process, FormSchemas forms,
            IdentityService identity, List<TaskStep> steps, TerritoryDirectory territories, CertificateRegistry certificates) {
        this.territories = territories;
        this.certificates = certificates;
        this.applications = applications;
        this.documents = documents;
        this.process = process;
        this.forms = forms;
        this.identity = identity;
        this.steps = steps.stream().collect(Collectors.toUnmodifiableMap(TaskStep::taskKey, Function.identity()));
    }

    @Transactional
    public Application createDraft(String user, ApplicationForm form) {
        return applications.createDraft(located(form), user);
    }

    @Transactional
    public Application updateDraft(String user, String number, ApplicationForm form) {
        own(user, number);
        if (!applications.updateDraft(number, located(form))) {
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

    /** The required documents a producer's application does not carry yet. */
    public List<DocumentKind> missingDocuments(String user, String number) {
        return documents.missing(own(user, number).id());
    }

    /** Removes a document from a draft (once submitted, the application's documents are its record). */
    @Transactional
    public void removeDocument(String user, String number, long documentId) {
        Application application = own(user, number);
        if (application.status() != ApplicationStatus.draft) {
            throw new ApplicationStateException("portal.error.submitted",
                    "Application " + number + " has been submitted and its documents are kept");
        }
        if (!documents.remove(application.id(), documentId)) {
            throw new ApplicationNotFoundException(number + "/documents/" + documentId);
        }
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

    /**
     * The application as the reviewers working on it see it: everything the store holds, its
     * documents and its whole decision history. Only a user with one of its open tasks (as the
     * assignee or through a candidate group) or an administrator may open it; to anyone else, and
     * to a reviewer who declared a conflict of interest, it does not exist.
     */
    public ReviewFile reviewFile(String user, String number) {
        Application application = reviewable(user, number);
        List<StoredDocument> attached = documents.list(application.id());
        List<Map<String, Object>> history = applications.decisions(number);
        return new ReviewFile(application, attached, history, ApplicationViews.informationRounds(history, attached),
                application.processInstanceId() == null ? List.of() : process.openTasks(application.processInstanceId()));
    }

    public StoredDocument describeReviewDocument(String user, String number, long documentId) {
        return documents.find(reviewable(user, number).id(), documentId)
                .orElseThrow(() -> new ApplicationNotFoundException(number + "/documents/" + documentId));
    }

    public void copyReviewDocument(String user, String number, long documentId, OutputStream out) {
        describeReviewDocument(user, number, documentId);
        documents.copyContent(documentId, out);
    }

    /**
     * A district (and below it an aiyl aimak and a village) must lie in the chosen region wherever the
     * territory lists know that region: the certificate prints the location as stored. Where the
     * lists say whether the place is a high-mountain area, that decides, not the tick box.
     */
    private ApplicationForm located(ApplicationForm form) {
        return territories.highMountain(form.regionCode(), form.district(), form.aiylAimak(), form.village())
                .map(form::withHighMountain).orElse(form);
    }

    private Application reviewable(String user, String number) {
        Application application = applications.find(number).orElseThrow(() -> new ApplicationNotFoundException(number));
        List<String> groups = user == null ? List.of()
                : identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        boolean administrator = groups.contains(OvopGroup.CAMUNDA_ADMIN) || groups.contains(OvopGroup.OVOP_ADMIN.id());
        boolean working = application.processInstanceId() != null && process.worksOn(application.processInstanceId(), user, groups);
        if (!(administrator || working) || applications.declaredConflict(number, user)) {
            throw new ApplicationNotFoundException(number);
        }
        return application;
    }

    /** Submits a draft: the process starts on the stored application, which from now on nobody edits. */
    @Transactional
    public Application submit(String user, String number) {
        Application application = own(user, number);
        if (application.status() != ApplicationStatus.draft) {
            throw new ApplicationStateException("portal.error.already-submitted", "Application " + number + " has already been submitted");
        }
        if (UserInfo.PENDING.equals(identity.getUserInfo(user, UserInfo.EMAIL_CONFIRMATION))) {
            // The agency writes to that address about the application: it must reach the producer.
            throw new BadRequestException("email", "portal.error.email-unconfirmed", "confirm your e-mail address first");
        }
        // Checked again: the territory lists may have changed since the draft was saved.
        located(ApplicationStore.form(application));
        List<DocumentKind> missing = documents.missing(application.id());
        if (!missing.isEmpty()) {
            throw new BadRequestException("documents", "portal.error.documents-missing", "attach these first: "
                    + String.join(", ", missing.stream().map(DocumentKind::code).toList()));
        }
        process.start(user, number);
        return applications.get(number);
    }

    /**
     * A renewal of the producer's certificate: a new draft with the certified application's data
     * (to check, edit and give fresh documents), from the renewal window before expiry on, one at a
     * time. On award, the new certificate takes over the day after the old one expires.
     */
    @Transactional
    public Application renew(String user, String certificateNumber) {
        Certificate certificate = certificates.findByNumber(certificateNumber)
                .orElseThrow(() -> new ApplicationNotFoundException(certificateNumber));
        Application certified = applications.find(certificate.applicationRef()).filter(a -> user != null && user.equals(a.applicant()))
                .orElseThrow(() -> new ApplicationNotFoundException(certificateNumber));
        if (!applications.openRenewals(certificateNumber).isEmpty()) {
            throw new ApplicationStateException("portal.error.renewal-under-way",
                    "A renewal of " + certificateNumber + " is already under way");
        }
        if (!certificates.renewable(certificate)) {
            throw new ApplicationStateException("portal.error.not-renewable", "Certificate " + certificateNumber
                    + " can be renewed while it is valid, from " + certificates.renewalOpensOn(certificate));
        }
        ApplicationForm copied = ApplicationStore.form(certified);
        try {
            copied = located(copied);
        } catch (BadRequestException movedOn) {
            // The territory lists changed since the award: the draft keeps the old place, to be corrected before submitting.
        }
        return applications.createRenewal(copied, user, certificateNumber);
    }

    /**
     * The producer withdraws a submitted application, until the committee has decided: its open
     * tasks end, the reviewers are told, and the withdrawal (with the producer's reason, if given)
     * is kept in the decision history.
     */
    @Transactional
    public Application withdraw(String user, String number, String reason) {
        Application application = own(user, number);
        if (!WITHDRAWABLE.contains(application.status())) {
            throw new ApplicationStateException("portal.error.not-withdrawable",
                    "Application " + number + " is " + application.status() + " and can no longer be withdrawn");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 2000) {
            throw new BadRequestException("reason", "portal.error.reason-too-long", "must be at most 2000 characters");
        }
        applications.record(number, Decision.of(WITHDRAWAL, ApplicationStatus.withdrawn.name(), why, user));
        process.withdraw(number);
        return applications.get(number);
    }

    /** Whether the producer may still withdraw an application in this state. */
    public static boolean withdrawable(ApplicationStatus status) {
        return WITHDRAWABLE.contains(status);
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
        Task task = process.taskToComplete(taskId).orElse(null);
        if (task == null) {
            return process.completeAsUser(taskId, Map.of(), returnVariables);
        }
        Application application = applications.get(process.businessKey(task));
        String user = currentUser();
        refuseIfConflicted(application, user);
        FormValues form = forms.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey())
                .accept(submitted, process.shown(task), forms);
        TaskStep step = steps.get(task.getTaskDefinitionKey());
        if (CONFLICT_DECLARED.equals(form.text(CONFLICT_OF_INTEREST))) {
            // Declared, not decided: the task goes back to the group, and this user never gets it again.
            applications.record(application.number(), Decision.conflict(step.stage(), form.text(CONFLICT_REASON), user));
            process.release(task);
            return returnVariables ? Variables.createVariables() : null;
        }
        return process.completeAsUser(taskId, step.record(application, form, user), returnVariables);
    }

    @Override
    public void checkAssignee(String taskId, String userId) {
        process.anyTask(taskId).ifPresent(task -> refuseIfConflicted(applications.get(process.businessKey(task)), userId));
    }

    private void refuseIfConflicted(Application application, String user) {
        if (applications.declaredConflict(application.number(), user)) {
            throw new AuthorizationException(user + " declared a conflict of interest with application "
                    + application.number() + " and may not work on its tasks");
        }
    }

    @Override
    public String processDefinitionKey() {
        return BrandCertification.PROCESS_ID;
    }

    private String currentUser() {
        return process.currentUser();
    }

    private Application own(String user, String number) {
        return applications.find(number).filter(a -> user != null && user.equals(a.applicant()))
                .orElseThrow(() -> new ApplicationNotFoundException(number));
    }
}
