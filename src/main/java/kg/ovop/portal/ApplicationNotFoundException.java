package kg.ovop.portal;

/**
 * No such application for this producer. Another producer's application is "not found" too, so
 * numbers cannot be probed.
 */
public class ApplicationNotFoundException extends RuntimeException {

    public ApplicationNotFoundException(String number) {
        super("No application " + number);
    }
}
