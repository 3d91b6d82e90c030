package kg.ovop.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.certification.Application;
import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.TestApplications;
import kg.ovop.document.Checksums;
import kg.ovop.grant.CertifiedProducers;
import kg.ovop.web.Language;

/** Documents and certificates keep checksums; the on-demand check names each one changed in the database behind our back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ovop.mail.delivery=outbox")
@ActiveProfiles("test")
class IntegrityIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    BrandApplications door;

    @Autowired
    CertificateRegistry certificates;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aDocumentAndACertificateChangedInTheDatabaseAreNamedAndNothingElse() {
        Application draft = door.createDraft("producer1", TestApplications.applicationForm(TestApplications.form()));
        TestApplications.attachRequired(door, "producer1", draft.number());
        long document = jdbc.queryForObject("SELECT MIN(d.id) FROM ovop_application_document d JOIN ovop_application a"
                + " ON a.id = d.application_id WHERE a.number = ?", Long.class, draft.number());
        var digest = Checksums.sha256();
        digest.update(TestApplications.PDF);
        assertThat(jdbc.queryForObject("SELECT sha256 FROM ovop_application_document WHERE id = ?", String.class, document).strip())
                .as("recorded as the bytes streamed in").isEqualTo(HexFormat.of().formatHex(digest.digest()));
        String certificate = new CertifiedProducers(door, certificates).certificate("producer1", Language.en);
        String documentSubject = "ovop_application_document " + document + " ";
        String certificateSubject = "certificate " + certificate;

        assertThat(subjects(check())).noneMatch(s -> s.startsWith(documentSubject) || s.equals(certificateSubject));

        byte[] original = jdbc.queryForObject("SELECT content FROM ovop_application_document WHERE id = ?", byte[].class, document);
        int stars = jdbc.queryForObject("SELECT stars FROM ovop_certificate WHERE number = ?", Integer.class, certificate);
        jdbc.update("UPDATE ovop_application_document SET content = ? WHERE id = ?", "%PDF-1.4 not the upload".getBytes(), document);
        jdbc.update("UPDATE ovop_certificate SET stars = ? WHERE number = ?", stars == 5 ? 4 : 5, certificate);
        try {
            Map<String, Object> report = check();
            assertThat(subjects(report)).anyMatch(s -> s.startsWith(documentSubject)).contains(certificateSubject);
            assertThat((List<Map<String, Object>>) report.get("mismatches")).allSatisfy(m -> assertThat(m.get("outcome")).isEqualTo("mismatch"));
        } finally {
            // Other tests share this database: put both back as they were.
            jdbc.update("UPDATE ovop_application_document SET content = ? WHERE id = ?", original, document);
            jdbc.update("UPDATE ovop_certificate SET stars = ? WHERE number = ?", stars, certificate);
        }
        assertThat(subjects(check())).noneMatch(s -> s.startsWith(documentSubject) || s.equals(certificateSubject));
        assertThat(http.withBasicAuth("producer1", "demo").getForEntity("/api/admin/integrity", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> check() {
        ResponseEntity<Map> response = http.withBasicAuth("admin", "test-admin").getForEntity("/api/admin/integrity", Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    @SuppressWarnings("unchecked")
    private static List<String> subjects(Map<String, Object> report) {
        return ((List<Map<String, Object>>) report.get("mismatches")).stream().map(m -> (String) m.get("subject")).toList();
    }
}
