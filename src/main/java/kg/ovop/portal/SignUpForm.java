package kg.ovop.portal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kg.ovop.identity.PasswordRule;
import kg.ovop.web.Language;

/** A producer's new account: it becomes a Camunda user in the group {@code producers}. */
public record SignUpForm(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9]{2,29}", message = "{signup.username.invalid}") String username,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Email @Size(max = 200) String email,
        @NotNull Language language,
        @NotBlank @Size(min = PasswordRule.MIN_LENGTH, max = PasswordRule.MAX_LENGTH, message = "{signup.password.size}")
        String password) {
}
