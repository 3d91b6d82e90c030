package kg.ovop.grant.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kg.ovop.web.BadRequestException;

class MoneyTest {

    @Test
    void typedSomBecomeExactTyiyn() {
        assertThat(Money.parseSom("f", "1500").tyiyn()).isEqualTo(150_000);
        assertThat(Money.parseSom("f", "1500.5").tyiyn()).isEqualTo(150_050);
        assertThat(Money.parseSom("f", "1 500,05").tyiyn()).isEqualTo(150_005);
        assertThat(Money.parseSom("f", "0.1").plus(Money.parseSom("f", "0.2"))).isEqualTo(Money.parseSom("f", "0.3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-5", "1.005", "1e5", "12abc", "10000000000000", "1..2"})
    void anythingElseIsRefusedNamingTheField(String text) {
        assertThatThrownBy(() -> Money.parseSom("fund", text)).isInstanceOf(BadRequestException.class)
                .extracting(e -> ((BadRequestException) e).field()).isEqualTo("fund");
    }

    @Test
    void sharesRoundDownAndPrintWithTwoDecimals() {
        assertThat(Money.parseSom("f", "100000.01").percent(50)).isEqualTo(new Money(5_000_000));
        assertThat(Money.som(1_250_000).som()).isEqualTo("1\u00a0250\u00a0000.00");
        assertThat(new Money(5).toString()).isEqualTo("0.05");
    }
}
