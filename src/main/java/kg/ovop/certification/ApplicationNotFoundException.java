package kg.ovop.certification;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such application for this producer. Another producer's application is "not found" too, so
 * numbers cannot be probed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ApplicationNotFoundException extends RuntimeException {

    public ApplicationNotFoundException(String number) {
        super("No application " + number);
    }
}
