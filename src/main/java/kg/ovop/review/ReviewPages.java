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
import kg.ovop.certification.ReviewFile;
import kg.ovop.document.DocumentResponses;
import kg.ovop.document.StoredDocument;
import kg.ovop.product.ProductCategory;
import kg.ovop.region.RegionDirectory;
import kg.ovop.web.Language;

/**
 * The reviewer's view of an application, opened from the link at the top of every review form in
 * Tasklist: the application as stored, its documents (downloads), the questions and answers, and
 * the decision history. Who may open it is the door's decision.
 */
@Controller
class ReviewPages {

    private final BrandApplications applications;
    private final MessageSource messages;
    private final RegionDirectory regions;

    ReviewPages(BrandApplications applications, MessageSource messages, RegionDirectory regions) {
        this.applications = applications;
        this.messages = messages;
        this.regions = regions;
    }

    @GetMapping("/review/applications/{number}")
    String application(@PathVariable String number, Principal reviewer, Model model, Locale locale) {
        ReviewFile file = applications.reviewFile(reviewer.getName(), number);
        Language language = Language.of(locale.getLanguage());
        model.addAttribute("file", file);
        model.addAttribute("region", regions.find(file.application().regionCode()).map(r -> r.name(language))
                .orElse(file.application().regionCode()));
        model.addAttribute("category", ProductCategory.isCode(file.application().category())
                ? ProductCategory.fromCode(file.application().category()).label(language) : file.application().category());
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
