package kg.ovop.identity;

/** Keys of Camunda user info that the application keeps about an account. */
public final class UserInfo {

    /**
     * "pending" from sign-up until the producer follows the link mailed to them; accounts without it
     * (staff, demo users, producers from before confirmation) count as confirmed.
     */
    public static final String EMAIL_CONFIRMATION = "emailConfirmation";
    public static final String PENDING = "pending";

    private UserInfo() {
    }
}
