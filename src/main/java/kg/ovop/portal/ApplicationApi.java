package kg.ovop.portal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import kg.ovop.web.ApiDocumentation;
import kg.ovop.certification.Application;
import kg.ovop.certification.ApplicationNotFoundException;
import kg.ovop.certification.ApplicationStateException;
import kg.ovop.certification.ApplicationView;
import kg.ovop.certification.BrandApplications;
import kg.ovop.document.DocumentResponses;
import kg.ovop.document.StoredDocument;
import kg.ovop.region.RegionDirectory;
import kg.ovop.region.TerritoryDirectory;
import kg.ovop.web.ApiProblems;
import kg.ovop.web.ProblemResponses;

/**
 * Producers' applications over HTTP (HTTP Basic with the producer's own account): prepare,
 * attach documents, submit, follow, answer the agency. Another producer's application is 404.
 */
@RestController
@SecurityRequirement(name = ApiDocumentation.BASIC)
@ProblemResponses
@RequestMapping("/api/applications")
class ApplicationApi {

    private final BrandApplications producers;
    private final RegionDirectory regions;
    private final TerritoryDirectory territories;

    ApplicationApi(BrandApplications producers, RegionDirectory regions, TerritoryDirectory territories) {
        this.producers = producers;
        this.regions = regions;
        this.territories = territories;
    }

    record Answer(@NotBlank @Size(max = 4000) String answer) {
    }

    @PostMapping
    ResponseEntity<ApplicationView> create(@Valid @RequestBody ApplicationRequest request, Principal producer) {
        Application draft = producers.createDraft(producer.getName(), request.toForm(regions, territories));
        return ResponseEntity.created(URI.create("/api/applications/" + draft.number())).body(view(producer, draft.number()));
    }

    @PutMapping("/{number}")
    ApplicationView update(@PathVariable String number, @Valid @RequestBody ApplicationRequest request, Principal producer) {
        producers.updateDraft(producer.getName(), number, request.toForm(regions, territories));
        return view(producer, number);
    }

    @GetMapping
    List<ApplicationView> list(Principal producer) {
        return producers.list(producer.getName()).stream().map(a -> view(producer, a.number())).toList();
    }

    @GetMapping("/{number}")
    ApplicationView get(@PathVariable String number, Principal producer) {
        return view(producer, number);
    }

    @PostMapping(value = "/{number}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<StoredDocument> upload(@PathVariable String number, @RequestParam String kind,
            @RequestParam MultipartFile file, Principal producer) throws IOException {
        try (InputStream content = file.getInputStream()) {
            StoredDocument document = producers.addDocument(producer.getName(), number, kind, file.getOriginalFilename(),
                    file.getSize(), content);
            return ResponseEntity.created(URI.create("/api/applications/" + number + "/documents/" + document.id()))
                    .body(document);
        }
    }

    @GetMapping("/{number}/documents/{id}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String number, @PathVariable long id, Principal producer) {
        StoredDocument document = producers.describeDocument(producer.getName(), number, id);
        String user = producer.getName();
        return DocumentResponses.attachment(document, out -> producers.document(user, number, id, out));
    }

    @DeleteMapping("/{number}/documents/{id}")
    ResponseEntity<Void> removeDocument(@PathVariable String number, @PathVariable long id, Principal producer) {
        producers.removeDocument(producer.getName(), number, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{number}/submit")
    ResponseEntity<ApplicationView> submit(@PathVariable String number, Principal producer) {
        producers.submit(producer.getName(), number);
        return ResponseEntity.accepted().body(view(producer, number));
    }

    @PostMapping("/{number}/information")
    ApplicationView answer(@PathVariable String number, @Valid @RequestBody Answer answer, Principal producer) {
        producers.answer(producer.getName(), number, answer.answer());
        return view(producer, number);
    }

    /** The body of a renewal: the certificate to renew. */
    record Renewal(@NotBlank @Size(max = 32) String certificate) {
    }

    /** A renewal of the producer's expiring certificate: a new draft with the certified data, from the renewal window on. */
    @PostMapping("/renewals")
    ResponseEntity<ApplicationView> renew(@Valid @RequestBody Renewal renewal, Principal producer) {
        Application draft = producers.renew(producer.getName(), renewal.certificate());
        return ResponseEntity.created(URI.create("/api/applications/" + draft.number())).body(view(producer, draft.number()));
    }

    /** The body of a withdrawal: the producer's reason, optional. */
    record Withdrawal(String reason) {
    }

    /** Withdraws a submitted application until the committee has decided; the body (a reason) is optional. */
    @PostMapping("/{number}/withdraw")
    ApplicationView withdraw(@PathVariable String number, @RequestBody(required = false) Withdrawal withdrawal, Principal producer) {
        producers.withdraw(producer.getName(), number, withdrawal == null ? null : withdrawal.reason());
        return view(producer, number);
    }

    private ApplicationView view(Principal producer, String number) {
        return producers.overview(producer.getName(), number);
    }

    @ExceptionHandler(ApplicationNotFoundException.class)
    ProblemDetail notFound(ApplicationNotFoundException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "Application not found", "number", e.getMessage());
    }

    @ExceptionHandler(ApplicationStateException.class)
    ProblemDetail conflict(ApplicationStateException e) {
        return ApiProblems.problem(HttpStatus.CONFLICT, "Not possible now", e.field(), e.getMessage());
    }
}
