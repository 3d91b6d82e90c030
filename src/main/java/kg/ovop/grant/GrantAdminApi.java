package kg.ovop.grant;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import kg.ovop.certification.ApplicationStateException;
import kg.ovop.grant.fund.CallRequest;
import kg.ovop.grant.fund.FundFigures;
import kg.ovop.grant.fund.FundLedger;
import kg.ovop.grant.fund.GrantCall;
import kg.ovop.grant.fund.GrantCalls;
import kg.ovop.web.ApiDocumentation;
import kg.ovop.web.ApiProblems;
import kg.ovop.web.ProblemResponses;

/** Administrators' calls and fund ledger over HTTP: open and close calls, each call's figures and entries, misuse. */
@RestController
@SecurityRequirement(name = ApiDocumentation.BASIC)
@ProblemResponses
@RequestMapping("/api/admin")
class GrantAdminApi {

    /** A call with its money as the ledger says it. */
    record CallFigures(GrantCall call, FundFigures figures) {
    }

    record Misuse(String reason) {
    }

    private final GrantCalls calls;
    private final FundLedger ledger;
    private final GrantApplications grants;

    GrantAdminApi(GrantCalls calls, FundLedger ledger, GrantApplications grants) {
        this.calls = calls;
        this.ledger = ledger;
        this.grants = grants;
    }

    @GetMapping("/grant-calls")
    List<CallFigures> list() {
        return calls.all().stream().map(call -> new CallFigures(call, ledger.figures(call.id()))).toList();
    }

    @Operation(summary = "Open a call: amounts in som as text, dates ISO, empty lists for every category or region")
    @PostMapping("/grant-calls")
    ResponseEntity<CallFigures> create(@RequestBody CallRequest request, Principal administrator) {
        GrantCall call = calls.create(request, administrator.getName());
        return ResponseEntity.created(URI.create("/api/admin/grant-calls/" + call.code()))
                .body(new CallFigures(call, ledger.figures(call.id())));
    }

    @GetMapping("/grant-calls/{code}")
    CallFigures get(@PathVariable String code) {
        GrantCall call = known(code);
        return new CallFigures(call, ledger.figures(call.id()));
    }

    @GetMapping("/grant-calls/{code}/ledger")
    List<FundLedger.Entry> entries(@PathVariable String code) {
        return ledger.entries(known(code).id());
    }

    @Operation(summary = "Stop a call taking applications before its closing day")
    @PostMapping("/grant-calls/{code}/close")
    CallFigures close(@PathVariable String code, Principal administrator) {
        GrantCall call = calls.close(known(code).code(), administrator.getName());
        return new CallFigures(call, ledger.figures(call.id()));
    }

    @Operation(summary = "Report misuse of a running grant: it is terminated and what was paid is reclaimed")
    @PostMapping("/grants/{number}/misuse")
    ResponseEntity<Void> misuse(@PathVariable String number, @RequestBody Misuse misuse, Principal administrator) {
        grants.reportMisuse(administrator.getName(), number, misuse.reason());
        return ResponseEntity.accepted().build();
    }

    private GrantCall known(String code) {
        return calls.find(code).orElseThrow(() -> new CallNotFoundException(code));
    }

    static class CallNotFoundException extends RuntimeException {
        CallNotFoundException(String code) {
            super("No grant call " + code);
        }
    }

    @ExceptionHandler(CallNotFoundException.class)
    ProblemDetail noCall(CallNotFoundException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "Grant call not found", "code", e.getMessage());
    }

    @ExceptionHandler(GrantNotFoundException.class)
    ProblemDetail noGrant(GrantNotFoundException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "Grant application not found", "number", e.getMessage());
    }

    @ExceptionHandler(ApplicationStateException.class)
    ProblemDetail conflict(ApplicationStateException e) {
        return ApiProblems.problem(HttpStatus.CONFLICT, "Not possible now", e.field(), e.getMessage());
    }

    @ExceptionHandler(kg.ovop.grant.fund.FundExhaustedException.class)
    ProblemDetail exhausted(kg.ovop.grant.fund.FundExhaustedException e) {
        return ApiProblems.problem(HttpStatus.CONFLICT, "Fund exhausted", e.field(), e.getMessage());
    }
}
