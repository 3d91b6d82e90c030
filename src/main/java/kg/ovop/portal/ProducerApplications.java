package kg.ovop.portal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.ovop.certification.Application;
import kg.ovop.certification.ApplicationForm;
import kg.ovop.certification.ApplicationStatus;
import kg.ovop.certification.ApplicationStore;
import kg.ovop.certification.BrandCertification;
import kg.ovop.web.BadRequestException;

/**
 * What a producer may do with their own applications, whichever door they come through (the
 * portal's pages or the REST API). Every method takes the signed-in user and treats an
 * application of anyone else as not existing.
 */
@Service
public class ProducerApplications {

    private final ApplicationStore applications;
    private final DocumentStore documents;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final UploadLimits limits;
    private final Clock clock;

    public ProducerApplications(ApplicationStore applications, DocumentStore documents, RuntimeService runtime,
            TaskService tasks, IdentityService identity, UploadLimits limits, Clock clock) {
        this.applications = applications;
        this.documents = documents;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.limits = limits;
        this.clock = clock;
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
        Task request = informationTask(application, user);
        return ApplicationView.of(application,
                request == null ? null
                        : (String) runtime.getVariable(request.getProcessInstanceId(), BrandCertification.INFORMATION_REQUEST.name()),
                documents.list(application.id()), applications.decisions(number));
    }

    /**
     * Stores a document streamed from the request. Its type is read from its first bytes (PDF,
     * JPEG or PNG only); sizes are checked before anything is stored.
     */
    @Transactional
    public StoredDocument addDocument(String user, String number, String kindCode, String fileName, long size,
            InputStream content) {
        Application application = own(user, number);
        if (application.status() != ApplicationStatus.draft && application.status() != ApplicationStatus.information_requested) {
            throw new ApplicationStateException("portal.error.documents-closed",
                    "Documents can be added to a draft or when the agency asks for them");
        }
        DocumentKind kind = DocumentKind.of(kindCode);
        if (kind == null) {
            throw new BadRequestException("kind", "portal.error.kind",
                    "must be one of conformity, lab-results, photo, registration, other");
        }
        if (size <= 0) {
            throw new BadRequestException("file", "portal.error.empty", "is empty");
        }
        if (size > limits.perFile().toBytes()) {
            throw new BadRequestException("file", "portal.error.too-large", "is larger than " + limits.perFile().toMegabytes() + " MB",
                    limits.perFile().toMegabytes());
        }
        if (documents.totalSize(application.id()) + size > limits.perApplication().toBytes()) {
            throw new BadRequestException("file", "portal.error.application-full", "the documents of one application may not "
                    + "exceed " + limits.perApplication().toMegabytes() + " MB together", limits.perApplication().toMegabytes());
        }
        BufferedInputStream stream = new BufferedInputStream(content);
        String contentType = sniff(stream);
        if (contentType == null) {
            throw new BadRequestException("file", "portal.error.type", "must be a PDF, JPEG or PNG file (checked by its content)");
        }
        String name = fileName == null || fileName.isBlank() ? kind.code() : fileName.replaceAll("[\\\\/\\r\\n\"]", "_");
        long id = documents.save(application.id(), kind, name.length() > 200 ? name.substring(0, 200) : name, contentType,
                size, stream, user, clock.instant());
        if (kind == DocumentKind.conformity && application.status() == ApplicationStatus.draft
                && !application.hasConformityDocument()) {
            ApplicationForm form = ApplicationStore.form(application);
            applications.updateDraft(number, withConformityDocument(form));
        }
        return documents.find(application.id(), id).orElseThrow();
    }

    public StoredDocument document(String user, String number, long documentId, OutputStream out) {
        Application application = own(user, number);
        StoredDocument document = documents.find(application.id(), documentId)
                .orElseThrow(() -> new ApplicationNotFoundException(number + "/documents/" + documentId));
        documents.copyContent(documentId, out);
        return document;
    }

    public StoredDocument describeDocument(String user, String number, long documentId) {
        return documents.find(own(user, number).id(), documentId)
                .orElseThrow(() -> new ApplicationNotFoundException(number + "/documents/" + documentId));
    }

    /** Starts the brand-certification process for a draft, as the producer (their authorizations apply). */
    @Transactional
    public Application submit(String user, String number) {
        Application application = own(user, number);
        if (application.status() != ApplicationStatus.draft) {
            throw new ApplicationStateException("portal.error.already-submitted", "Application " + number + " has already been submitted");
        }
        Map<String, Object> variables = ApplicationStore.form(application).variables();
        variables.put(BrandCertification.APPLICATION_NUMBER.name(), number);
        asProducer(user, () -> runtime.startProcessInstanceByKey(BrandCertification.PROCESS_ID, number, variables));
        return applications.get(number);
    }

    /** Answers the agency's request for information (the producer's task in the process). */
    @Transactional
    public Application answer(String user, String number, String answer) {
        Application application = own(user, number);
        Task task = informationTask(application, user);
        if (task == null) {
            throw new ApplicationStateException("portal.error.nothing-asked", "Nothing is being asked about application " + number);
        }
        asProducer(user, () -> tasks.complete(task.getId(),
                Map.of(BrandCertification.INFORMATION_RESPONSE.name(), answer == null ? "" : answer)));
        return applications.get(number);
    }

    private Task informationTask(Application application, String user) {
        if (application.processInstanceId() == null) {
            return null;
        }
        return tasks.createTaskQuery().processInstanceId(application.processInstanceId())
                .taskDefinitionKey(BrandCertification.TASK_PROVIDE_INFORMATION).taskAssignee(user).singleResult();
    }

    private Application own(String user, String number) {
        return applications.find(number).filter(a -> user != null && user.equals(a.applicant()))
                .orElseThrow(() -> new ApplicationNotFoundException(number));
    }

    private void asProducer(String user, Runnable work) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            work.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    private static String sniff(BufferedInputStream stream) {
        try {
            stream.mark(ContentTypes.HEADER_BYTES);
            byte[] header = stream.readNBytes(ContentTypes.HEADER_BYTES);
            stream.reset();
            return ContentTypes.sniff(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApplicationForm withConformityDocument(ApplicationForm f) {
        return new ApplicationForm(f.producerType(), f.producerName(), f.taxpayerNumber(), f.phone(), f.email(),
                f.preferredLanguage(), f.regionCode(), f.district(), f.aiylAimak(), f.village(), f.productNameKy(),
                f.productNameRu(), f.productNameEn(), f.category(), f.description(), f.story(), f.localRawMaterialShare(),
                f.annualCapacity(), f.capacityUnit(), f.targetMarkets(), f.womenLed(), f.youthLed(), f.highMountain(),
                f.registeredBusiness(), true);
    }
}
