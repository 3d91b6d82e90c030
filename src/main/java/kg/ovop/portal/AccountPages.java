package kg.ovop.portal;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

import kg.ovop.identity.PasswordRule;
import kg.ovop.web.FieldException;
import kg.ovop.web.Language;

/** A producer's account: signing up and changing the password. */
@Controller
class AccountPages {

    private final ProducerAccounts accounts;

    AccountPages(ProducerAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/signup")
    String signUpPage(Model model) {
        model.addAttribute("form", new SignUpForm("", "", "", "", Language.ky, ""));
        return "portal/signup";
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.signUp(form);
                redirect.addAttribute("registered", "");
                redirect.addAttribute("username", form.username());
                return "redirect:/login";
            } catch (FieldException e) {
                errors.rejectValue(e.field(), "signup.username.taken", e.getMessage());
            }
        }
        return "portal/signup";
    }

    @GetMapping("/portal/password")
    String passwordPage() {
        return "portal/password";
    }

    @PostMapping("/portal/password")
    String changePassword(@RequestParam String current, @RequestParam String replacement, Principal producer, Model model) {
        if (!PasswordRule.acceptable(replacement)) {
            model.addAttribute("problem", "portal.password.size");
        } else if (!accounts.changePassword(producer.getName(), current, replacement)) {
            model.addAttribute("problem", "portal.password.wrong");
        } else {
            model.addAttribute("changed", true);
        }
        return "portal/password";
    }
}
