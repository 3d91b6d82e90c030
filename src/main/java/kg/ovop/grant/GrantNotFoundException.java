package kg.ovop.grant;

/** No such grant application, or not one the user may see (the same answer, 404, so numbers reveal nothing). */
public class GrantNotFoundException extends RuntimeException {

    public GrantNotFoundException(String number) {
        super("No grant application " + number);
    }
}
