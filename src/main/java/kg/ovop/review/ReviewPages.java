package kg.ovop.review;

import java.security.Principal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import kg.ovop.certification.ApplicationNotFoundException;
import kg.ovop.certification.BrandApplications;
import kg.ovop.document.DocumentResponses;
import kg.ovop.document.StoredDocument;

/**
 * The reviewer's view of an application, opened from the link at the top of every review form in
 * Tasklist: the application as stored, its documents (downloads), the questions and answers, and
 * the decision history. Who may open it is the door's decision.
 */
@Controller
class ReviewPages {

    private final BrandApplications applications;
    private final MessageSource messages;

    ReviewPages(BrandApplications applications, MessageSource messages) {
        this.applications = applications;
        this.messages = messages;
    }

    @GetMapping("/review/applications/{number}")
    String application(@PathVariable String number, Principal reviewer, Model model) {
        model.addAttribute("file", applications.reviewFile(reviewer.getName(), number));
        return "review/application";
    }

    @GetMapping("/review/applications/{number}/documents/{id}")
    ResponseEntity<StreamingResponseBody> document(@PathVariable String number, @PathVariable long id, Principal reviewer) {
        String user = reviewer.getName();
        StoredDocument document = applications.describeReviewDocument(user, number, id);
        return DocumentResponses.attachment(document, out -> applications.copyReviewDocument(user, number, id, out));
    }

    @ExceptionHandler(ApplicationNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, Locale locale) {
        model.addAttribute("status", 404);
        model.addAttribute("error", "Not Found");
        model.addAttribute("message", messages.getMessage("review.not-found", null, locale));
        return "error";
    }
}
