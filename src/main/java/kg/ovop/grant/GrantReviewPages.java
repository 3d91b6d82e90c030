package kg.ovop.grant;

import java.security.Principal;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import kg.ovop.document.DocumentResponses;
import kg.ovop.document.StoredDocument;

/**
 * What staff open from a grant's Tasklist form (a Tasklist sign-in is enough on {@code /review/**}):
 * the bank certificate of the own contribution, for finance before paying.
 */
@Controller
class GrantReviewPages {

    private final GrantApplications grants;

    GrantReviewPages(GrantApplications grants) {
        this.grants = grants;
    }

    @GetMapping("/review/grants/{number}/bank-certificate")
    ResponseEntity<StreamingResponseBody> bankCertificate(@PathVariable String number, Principal reviewer) {
        StoredDocument document = grants.bankCertificateForReview(reviewer.getName(), number);
        return DocumentResponses.attachment(document, out -> grants.copyBankCertificate(document, out));
    }
}
