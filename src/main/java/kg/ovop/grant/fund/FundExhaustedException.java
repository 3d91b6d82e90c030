package kg.ovop.grant.fund;

import kg.ovop.web.FieldException;

/** An approval asks for more than the call's fund has free; answered 409 with both amounts. */
public class FundExhaustedException extends FieldException {

    private final Money free;
    private final Money requested;

    public FundExhaustedException(String field, Money free, Money requested) {
        super(field, "grant.error.fund-exhausted", "the call has " + free.som() + " som free, " + requested.som() + " som asked",
                free.som(), requested.som());
        this.free = free;
        this.requested = requested;
    }

    public Money free() {
        return free;
    }

    public Money requested() {
        return requested;
    }
}
