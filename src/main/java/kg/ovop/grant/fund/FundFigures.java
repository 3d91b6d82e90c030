package kg.ovop.grant.fund;

/**
 * A call's money as the ledger says it, to the tyiyn: {@code reserved} is promised to grants and
 * not yet paid, {@code free} is what new approvals may still take. Always
 * {@code fund = free + reserved + paid - recovered}.
 */
public record FundFigures(Money fund, Money reserved, Money paid, Money recovered, Money free) {

    static FundFigures of(Money fund, long reserveTotal, long releaseTotal, long payTotal, long recoverTotal) {
        Money committed = new Money(reserveTotal - releaseTotal);
        Money paid = new Money(payTotal);
        Money recovered = new Money(recoverTotal);
        return new FundFigures(fund, committed.minus(paid), paid, recovered, fund.minus(committed).plus(recovered));
    }
}
