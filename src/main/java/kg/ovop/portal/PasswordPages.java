package kg.ovop.portal;

import java.security.Principal;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.ovop.web.FieldException;

/**
 * A forgotten password and a new account's address: links sent by e-mail, each usable once, a
 * reset link for an hour. The answers never say whether an account exists.
 */
@Controller
class PasswordPages {

    private final ProducerAccounts accounts;
    private final PortalTexts texts;

    PasswordPages(ProducerAccounts accounts, PortalTexts texts) {
        this.accounts = accounts;
        this.texts = texts;
    }

    @GetMapping("/password/forgot")
    String forgot() {
        return "portal/forgot";
    }

    @PostMapping("/password/forgot")
    String sendResetLink(@RequestParam(required = false) String account, RedirectAttributes redirect) {
        accounts.requestPasswordReset(account);
        redirect.addFlashAttribute("sent", true);
        return "redirect:/password/forgot";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", accounts.resetLinkValid(token));
        return "portal/reset";
    }

    @PostMapping("/password/reset")
    String reset(@RequestParam(required = false) String token, @RequestParam(required = false) String password, Model model,
            RedirectAttributes redirect, Locale locale) {
        try {
            return accounts.resetPassword(token, password).map(user -> {
                redirect.addAttribute("reset", "");
                redirect.addAttribute("username", user);
                return "redirect:/login";
            }).orElseGet(() -> {
                model.addAttribute("valid", false);
                return "portal/reset";
            });
        } catch (FieldException e) {
            model.addAttribute("token", token);
            model.addAttribute("valid", true);
            model.addAttribute("problem", texts.of(e, locale));
            return "portal/reset";
        }
    }

    @GetMapping("/signup/confirm")
    String confirm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("confirmed", accounts.confirmEmail(token));
        return "portal/confirmed";
    }

    @PostMapping("/portal/email/confirmation")
    String resendConfirmation(Principal producer, RedirectAttributes redirect, Locale locale) {
        accounts.sendConfirmation(producer.getName());
        redirect.addFlashAttribute("notice", texts.message("portal.email.resent", null, locale));
        return "redirect:/portal";
    }
}
