package kg.ovop.monitoring;

import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.document.Checksums;
import kg.ovop.document.Documents;
import kg.ovop.web.ApiDocumentation;
import kg.ovop.web.ProblemResponses;

/**
 * On demand, for the administrator on call or a restore drill: every stored document and every
 * certificate read back against the checksum recorded when it was stored or issued. Mismatches are
 * listed (and logged as errors); intact ones only counted.
 */
@RestController
@SecurityRequirement(name = ApiDocumentation.BASIC)
@ProblemResponses
class IntegrityCheck {

    private static final Logger log = LoggerFactory.getLogger(IntegrityCheck.class);

    private final Documents documents;
    private final CertificateRegistry certificates;

    IntegrityCheck(Documents documents, CertificateRegistry certificates) {
        this.documents = documents;
        this.certificates = certificates;
    }

    /**
     * @param checked    documents and certificates read back
     * @param recorded   of those, stored before checksums were kept: their checksum was recorded now
     * @param mismatches what no longer has its recorded checksum
     */
    record IntegrityReport(int checked, long recorded, List<Checksums.Finding> mismatches) {
    }

    @Operation(summary = "Reads every stored document and certificate back against its checksum and lists what changed")
    @GetMapping(value = "/api/admin/integrity", produces = MediaType.APPLICATION_JSON_VALUE)
    IntegrityReport check() {
        List<Checksums.Finding> findings = Stream.concat(documents.verify().stream(), certificates.verifySeals().stream()).toList();
        List<Checksums.Finding> mismatches = findings.stream().filter(f -> f.outcome() == Checksums.Outcome.mismatch).toList();
        mismatches.forEach(f -> log.error("Integrity: {} has checksum {} but {} was recorded", f.subject(), f.actual(), f.recorded()));
        return new IntegrityReport(findings.size(), findings.stream().filter(f -> f.outcome() == Checksums.Outcome.recorded).count(),
                mismatches);
    }
}
