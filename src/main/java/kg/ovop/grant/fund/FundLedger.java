package kg.ovop.grant.fund;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.ovop.web.BadRequestException;

/**
 * The fund ledger of the calls: every reservation, release, payment and recovery is one
 * append-only entry, at most one per (grant, purpose), so a retried step returns the entry it
 * already booked. Each booking locks its call's row first: bookings of one call queue, and a
 * reservation sees every one committed before it, so a call's commitments never exceed its fund.
 */
@Service
public class FundLedger {

    public enum Kind {
        reserve, release, pay, recover
    }

    /** One booking. */
    public record Entry(long id, long callId, String grantNumber, String purpose, Kind kind, Money amount, String reference,
            LocalDate valueDate, String note, String recordedBy, Instant recordedAt) {
    }

    /** One grant's money: promised and not yet paid, paid, and recovered. */
    public record GrantMoney(Money reserved, Money paid, Money recovered) {
    }

    static final String RESERVE = "reserve";

    private static final RowMapper<Entry> ROW = (rs, i) -> new Entry(rs.getLong("id"), rs.getLong("call_id"),
            rs.getString("grant_number"), rs.getString("purpose"), Kind.valueOf(rs.getString("kind")),
            new Money(rs.getLong("amount_tyiyn")), rs.getString("reference"),
            rs.getDate("value_date") == null ? null : rs.getDate("value_date").toLocalDate(), rs.getString("note"),
            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public FundLedger(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Promises {@code amount} of the call's fund to a grant, or refuses naming {@code field} when
     * the fund has less free. The same grant reserving again gets its first reservation back.
     */
    @Transactional
    public Entry reserve(long callId, String grant, Money amount, String user, String field) {
        Money fund = lockCall(callId);
        Optional<Entry> booked = find(grant, RESERVE);
        if (booked.isPresent()) {
            return sameAmount(booked.get(), amount);
        }
        positive(field, amount);
        FundFigures figures = figures(callId, fund);
        if (amount.compareTo(figures.free()) > 0) {
            throw new FundExhaustedException(field, figures.free(), amount);
        }
        return book(callId, grant, RESERVE, Kind.reserve, amount, null, null, null, user);
    }

    /** Gives back to the fund what is promised to a grant and not paid (refused, lapsed, terminated, closed below plan). */
    @Transactional
    public Optional<Entry> releaseRest(long callId, String grant, String purpose, String note, String user) {
        lockCall(callId);
        Optional<Entry> booked = find(grant, purpose);
        if (booked.isPresent()) {
            return booked;
        }
        Money rest = grant(grant).reserved();
        return rest.isPositive() ? Optional.of(book(callId, grant, purpose, Kind.release, rest, null, null, note, user))
                : Optional.empty();
    }

    /** Records a tranche paid out of what the grant has reserved; never more than that. */
    @Transactional
    public Entry pay(long callId, String grant, int tranche, Money amount, LocalDate valueDate, String reference, String user) {
        lockCall(callId);
        String purpose = "pay:" + tranche;
        Optional<Entry> booked = find(grant, purpose);
        if (booked.isPresent()) {
            return sameAmount(booked.get(), amount);
        }
        positive("amount", amount);
        Money reserved = grant(grant).reserved();
        if (amount.compareTo(reserved) > 0) {
            throw new BadRequestException("amount", "grant.error.more-than-reserved", "is more than the " + reserved.som()
                    + " som the grant has left", reserved.som());
        }
        return book(callId, grant, purpose, Kind.pay, amount, reference, valueDate, null, user);
    }

    /** Records money a producer paid back (misuse); never more than the grant was paid. */
    @Transactional
    public Entry recover(long callId, String grant, Money amount, LocalDate valueDate, String reference, String user) {
        lockCall(callId);
        Optional<Entry> booked = find(grant, "recover");
        if (booked.isPresent()) {
            return sameAmount(booked.get(), amount);
        }
        positive("amount", amount);
        GrantMoney money = grant(grant);
        Money recoverable = money.paid().minus(money.recovered());
        if (amount.compareTo(recoverable) > 0) {
            throw new BadRequestException("amount", "grant.error.more-than-paid", "is more than the " + recoverable.som()
                    + " som paid to the grant", recoverable.som());
        }
        return book(callId, grant, "recover", Kind.recover, amount, reference, valueDate, null, user);
    }

    public FundFigures figures(long callId) {
        Money fund = new Money(jdbc.queryForObject("SELECT fund_tyiyn FROM ovop_grant_call WHERE id = ?", Long.class, callId));
        return figures(callId, fund);
    }

    public GrantMoney grant(String grant) {
        long[] sums = sums("grant_number = ?", grant);
        return new GrantMoney(new Money(sums[0] - sums[1] - sums[2]), new Money(sums[2]), new Money(sums[3]));
    }

    public List<Entry> entries(long callId) {
        return jdbc.query("SELECT * FROM ovop_grant_ledger WHERE call_id = ? ORDER BY id", ROW, callId);
    }

    public List<Entry> entriesOf(String grant) {
        return jdbc.query("SELECT * FROM ovop_grant_ledger WHERE grant_number = ? ORDER BY id", ROW, grant);
    }

    private FundFigures figures(long callId, Money fund) {
        long[] sums = sums("call_id = ?", callId);
        return FundFigures.of(fund, sums[0], sums[1], sums[2], sums[3]);
    }

    /** Totals of reserve, release, pay and recover where the condition holds. */
    private long[] sums(String where, Object argument) {
        long[] sums = new long[Kind.values().length];
        jdbc.query("SELECT kind, SUM(amount_tyiyn) FROM ovop_grant_ledger WHERE " + where + " GROUP BY kind",
                rs -> {
                    sums[Kind.valueOf(rs.getString(1)).ordinal()] = rs.getLong(2);
                }, argument);
        return sums;
    }

    private Money lockCall(long callId) {
        List<Long> fund = jdbc.queryForList("SELECT fund_tyiyn FROM ovop_grant_call WHERE id = ? FOR UPDATE", Long.class, callId);
        if (fund.isEmpty()) {
            throw new IllegalArgumentException("No grant call " + callId);
        }
        return new Money(fund.get(0));
    }

    private Optional<Entry> find(String grant, String purpose) {
        return jdbc.query("SELECT * FROM ovop_grant_ledger WHERE grant_number = ? AND purpose = ?", ROW, grant, purpose).stream()
                .findFirst();
    }

    private static Entry sameAmount(Entry booked, Money amount) {
        if (!booked.amount().equals(amount)) {
            throw new IllegalStateException("Grant " + booked.grantNumber() + " already has " + booked.purpose() + " of "
                    + booked.amount() + ", not " + amount);
        }
        return booked;
    }

    private static void positive(String field, Money amount) {
        if (!amount.isPositive()) {
            throw new BadRequestException(field, "grant.error.amount-positive", "must be more than zero");
        }
    }

    private Entry book(long callId, String grant, String purpose, Kind kind, Money amount, String reference, LocalDate valueDate,
            String note, String user) {
        Instant now = clock.instant();
        jdbc.update("INSERT INTO ovop_grant_ledger (call_id, grant_number, purpose, kind, amount_tyiyn, reference, value_date, note,"
                + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", callId, grant, purpose, kind.name(),
                amount.tyiyn(), reference, valueDate == null ? null : java.sql.Date.valueOf(valueDate), note, user,
                Timestamp.from(now));
        return find(grant, purpose).orElseThrow();
    }
}
