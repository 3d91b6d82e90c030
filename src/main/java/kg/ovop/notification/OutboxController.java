package kg.ovop.notification;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import kg.ovop.web.BadRequestException;

/**
 * Administrators' view of every message sent or recorded, with its rendered bodies: in the local
 * run (no SMTP server) this is where mail "arrives".
 */
@Controller
class OutboxController {

    private static final int PAGE_SIZE = 50;

    private final MailService mail;

    OutboxController(MailService mail) {
        this.mail = mail;
    }

    @GetMapping("/admin/outbox")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        long total = mail.count();
        long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page < 0 || page >= pages) {
            throw new BadRequestException("page", "must be between 0 and " + (pages - 1));
        }
        model.addAttribute("messages", mail.latest(PAGE_SIZE, page * PAGE_SIZE));
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        return "outbox";
    }

    @GetMapping("/admin/outbox/{id}/attachment")
    ResponseEntity<byte[]> attachment(@PathVariable long id) {
        Attachment attachment = mail.attachment(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(attachment.fileName()).build().toString())
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .body(attachment.content());
    }

    @GetMapping("/admin/outbox/{id}")
    String message(@PathVariable long id, Model model) {
        model.addAttribute("message", mail.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "outbox-message";
    }
}
