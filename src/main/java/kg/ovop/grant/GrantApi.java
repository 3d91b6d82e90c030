package kg.ovop.grant;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import kg.ovop.certification.ApplicationStateException;
import kg.ovop.document.DocumentResponses;
import kg.ovop.document.StoredDocument;
import kg.ovop.grant.fund.GrantCall;
import kg.ovop.grant.fund.GrantCalls;
import kg.ovop.web.ApiDocumentation;
import kg.ovop.web.ApiProblems;
import kg.ovop.web.ProblemResponses;

/**
 * Producers' grant applications over HTTP (HTTP Basic with the producer's own account): open
 * calls, apply, follow, sign the agreement, report. Another producer's application is 404.
 */
@RestController
@SecurityRequirement(name = ApiDocumentation.BASIC)
@ProblemResponses
@RequestMapping("/api/grants")
class GrantApi {

    /** What a producer sees of an application: the record, its decisions (no reviewer's declarations), tranches and reports. */
    record GrantView(GrantApplication application, List<GrantDecision> decisions, List<Tranche> tranches, List<GrantReport> reports,
            List<StoredDocument> documents) {
    }

    private final GrantApplications grants;
    private final GrantCalls calls;

    GrantApi(GrantApplications grants, GrantCalls calls) {
        this.grants = grants;
        this.calls = calls;
    }

    @Operation(summary = "Calls taking applications today")
    @GetMapping("/calls")
    List<GrantCall> openCalls() {
        return calls.open();
    }

    @Operation(summary = "Apply to a call for a product you hold a valid certificate for; eligibility is decided and recorded")
    @PostMapping
    ResponseEntity<GrantView> apply(@RequestBody GrantRequest request, Principal producer) {
        GrantApplication grant = grants.apply(producer.getName(), request);
        return ResponseEntity.created(URI.create("/api/grants/" + grant.number())).body(view(producer, grant.number()));
    }

    @GetMapping
    List<GrantApplication> list(Principal producer) {
        return grants.list(producer.getName());
    }

    @GetMapping("/{number}")
    GrantView get(@PathVariable String number, Principal producer) {
        return view(producer, number);
    }

    @Operation(summary = "Attach the bank certificate of your own contribution (kind bank-certificate; PDF, JPEG or PNG) before signing")
    @PostMapping(value = "/{number}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<StoredDocument> upload(@PathVariable String number, @RequestParam String kind, @RequestParam MultipartFile file,
            Principal producer) throws IOException {
        try (InputStream content = file.getInputStream()) {
            StoredDocument document = grants.addDocument(producer.getName(), number, kind, file.getOriginalFilename(), file.getSize(),
                    content);
            return ResponseEntity.created(URI.create("/api/grants/" + number + "/documents/" + document.id())).body(document);
        }
    }

    @GetMapping("/{number}/documents/{id}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String number, @PathVariable long id, Principal producer) {
        String user = producer.getName();
        return DocumentResponses.attachment(grants.describeDocument(user, number, id), out -> grants.copyDocument(user, number, id, out));
    }

    @Operation(summary = "Sign the agreement: ownContributionConfirmed and agreementAccepted, both true; the bank certificate attached")
    @PostMapping("/{number}/agreement")
    GrantView sign(@PathVariable String number, @RequestBody Map<String, Object> agreement, Principal producer) {
        grants.sign(producer.getName(), number, agreement);
        return view(producer, number);
    }

    @Operation(summary = "Submit the report due: reportSummary, jobsCreated, womenEmployed, youthEmployed, sales, exports (som)")
    @PostMapping("/{number}/reports")
    GrantView report(@PathVariable String number, @RequestBody Map<String, Object> report, Principal producer) {
        grants.submitReport(producer.getName(), number, report);
        return view(producer, number);
    }

    private GrantView view(Principal producer, String number) {
        String user = producer.getName();
        return new GrantView(grants.get(user, number), grants.decisions(user, number), grants.tranches(user, number),
                grants.reports(user, number), grants.documents(user, number));
    }

    @ExceptionHandler(GrantNotFoundException.class)
    ProblemDetail notFound(GrantNotFoundException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "Grant application not found", "number", e.getMessage());
    }

    @ExceptionHandler(ApplicationStateException.class)
    ProblemDetail conflict(ApplicationStateException e) {
        return ApiProblems.problem(HttpStatus.CONFLICT, "Not possible now", e.field(), e.getMessage());
    }
}
