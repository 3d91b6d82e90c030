package kg.ovop.grant.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import kg.ovop.TestEnvironment;
import kg.ovop.web.BadRequestException;

/**
 * The fund ledger: a call's commitments never exceed its fund, even under 50 approvals at once;
 * bookings are idempotent per (grant, purpose); payments and recoveries stay within what was
 * reserved and paid; the figures always add up to the fund.
 */
@SpringBootTest(properties = {"ovop.mail.delivery=outbox", "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("test")
class FundLedgerIT {

    @Autowired
    FundLedger ledger;

    @Autowired
    GrantCalls calls;

    GrantCall call(String fundSom) {
        return calls.create(new CallRequest("Сынак", "Тест", "Test", fundSom, fundSom, 20, 10, List.of(), List.of(),
                "2027-01-01", "2027-03-31", 56), "admin");
    }

    static String grant() {
        return "GT-" + UUID.randomUUID().toString().substring(0, 12);
    }

    static void addsUp(FundFigures f) {
        assertThat(f.free().plus(f.reserved()).plus(f.paid()).minus(f.recovered())).isEqualTo(f.fund());
    }

    @Test
    void fiftyConcurrentApprovalsNeverOverCommitTheFundAndEveryRefusalSaysWhy() throws Exception {
        TestEnvironment.requirePostgres("the fund's lock is a PostgreSQL row lock under concurrent transactions");
        GrantCall call = call("1000000");
        int approvals = 50;
        ExecutorService pool = Executors.newFixedThreadPool(approvals);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < approvals; i++) {
            // 21 000 to 45 500 som, 1 662 500 together: some fit, some cannot.
            Money amount = Money.som(21_000 + 500L * i);
            String grant = grant();
            results.add(pool.submit(() -> {
                start.await();
                try {
                    return ledger.reserve(call.id(), grant, amount, "grantcommittee1", "approvedAmount");
                } catch (FundExhaustedException refused) {
                    return refused;
                }
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        long reserved = 0;
        int refusals = 0;
        for (Future<Object> result : results) {
            Object outcome = result.get();
            if (outcome instanceof FundLedger.Entry entry) {
                reserved += entry.amount().tyiyn();
            } else {
                FundExhaustedException refused = (FundExhaustedException) outcome;
                refusals++;
                assertThat(refused.field()).isEqualTo("approvedAmount");
                assertThat(refused.free()).as("refused only when it did not fit").isLessThan(refused.requested());
                assertThat(refused.getMessage()).contains("som free", "som asked");
            }
        }
        FundFigures figures = ledger.figures(call.id());
        assertThat(refusals).as("the fund fits only some").isGreaterThan(0).isLessThan(approvals);
        assertThat(reserved).isLessThanOrEqualTo(Money.som(1_000_000).tyiyn());
        assertThat(figures.reserved().tyiyn()).isEqualTo(reserved);
        assertThat(figures.free().tyiyn()).isEqualTo(Money.som(1_000_000).tyiyn() - reserved).isNotNegative();
        // Nothing was released meanwhile, so the fund only shrank: a refused amount is more than what is left.
        for (Future<Object> result : results) {
            if (result.get() instanceof FundExhaustedException refused) {
                assertThat(refused.requested()).isGreaterThan(figures.free());
            }
        }
        assertThat(ledger.entries(call.id())).hasSize(approvals - refusals);
        addsUp(figures);
    }

    @Test
    void aRetriedBookingReturnsTheFirstAndBooksNothingMore() {
        GrantCall call = call("500000");
        String grant = grant();
        FundLedger.Entry first = ledger.reserve(call.id(), grant, Money.som(100_000), "grantcommittee1", "approvedAmount");
        assertThat(ledger.reserve(call.id(), grant, Money.som(100_000), "grantcommittee1", "approvedAmount")).isEqualTo(first);
        FundLedger.Entry paid = ledger.pay(call.id(), grant, 1, Money.som(50_000), LocalDate.of(2027, 2, 1), "PP-1", "finance1");
        assertThat(ledger.pay(call.id(), grant, 1, Money.som(50_000), LocalDate.of(2027, 2, 1), "PP-1", "finance1")).isEqualTo(paid);
        assertThatThrownBy(() -> ledger.pay(call.id(), grant, 1, Money.som(40_000), LocalDate.of(2027, 2, 1), "PP-1", "finance1"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ledger.entriesOf(grant)).hasSize(2);
    }

    @Test
    void paymentsStayWithinTheReservationAndRecoveriesWithinThePayments() {
        GrantCall call = call("500000");
        String grant = grant();
        ledger.reserve(call.id(), grant, Money.parseSom("amount", "100000.50"), "grantcommittee1", "approvedAmount");
        ledger.pay(call.id(), grant, 1, Money.parseSom("amount", "50000.25"), LocalDate.of(2027, 2, 1), "PP-1", "finance1");
        assertThatThrownBy(() -> ledger.pay(call.id(), grant, 2, Money.som(50_001), LocalDate.of(2027, 3, 1), "PP-2", "finance1"))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("50\u00a0000.25");
        assertThatThrownBy(() -> ledger.recover(call.id(), grant, Money.som(60_000), LocalDate.of(2027, 4, 1), "RV-1", "finance1"))
                .isInstanceOf(BadRequestException.class);

        // Misuse: the unpaid rest goes back at once, the paid part when the producer returns it.
        assertThat(ledger.releaseRest(call.id(), grant, "release:terminated", "misuse", "agency1")).get()
                .extracting(FundLedger.Entry::amount).isEqualTo(Money.parseSom("amount", "50000.25"));
        ledger.recover(call.id(), grant, Money.som(20_000), LocalDate.of(2027, 4, 1), "RV-1", "finance1");

        FundFigures figures = ledger.figures(call.id());
        assertThat(figures.reserved()).isEqualTo(Money.ZERO);
        assertThat(figures.paid()).isEqualTo(Money.parseSom("amount", "50000.25"));
        assertThat(figures.recovered()).isEqualTo(Money.som(20_000));
        assertThat(figures.free()).isEqualTo(Money.parseSom("amount", "469999.75"));
        addsUp(figures);
        assertThat(ledger.grant(grant)).isEqualTo(new FundLedger.GrantMoney(Money.ZERO, Money.parseSom("amount", "50000.25"),
                Money.som(20_000)));
    }

    @Test
    void aRefusedOrLapsedGrantReleasesItsWholeReservation() {
        GrantCall call = call("300000");
        String grant = grant();
        ledger.reserve(call.id(), grant, Money.som(300_000), "grantcommittee1", "approvedAmount");
        assertThatThrownBy(() -> ledger.reserve(call.id(), grant(), Money.som(1), "grantcommittee1", "approvedAmount"))
                .isInstanceOf(FundExhaustedException.class);
        ledger.releaseRest(call.id(), grant, "release:lapsed", "not signed in 30 days", "system");
        assertThat(ledger.releaseRest(call.id(), grant, "release:lapsed", "again", "system")).get()
                .extracting(FundLedger.Entry::note).isEqualTo("not signed in 30 days");
        assertThat(ledger.figures(call.id()).free()).isEqualTo(Money.som(300_000));
    }
}
