package kg.ovop.grant;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such grant application, or not one the user may see (the same answer, 404, so numbers reveal nothing). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class GrantNotFoundException extends RuntimeException {

    public GrantNotFoundException(String number) {
        super("No grant application " + number);
    }
}
