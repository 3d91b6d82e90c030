package kg.ovop.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConnectionBudgetTest {

    @Test
    void jobsMayHoldLessThanThePool() {
        assertThatCode(() -> ConnectionBudget.check(10, 4)).doesNotThrowAnyException();
        assertThatCode(() -> ConnectionBudget.check(20, 4)).doesNotThrowAnyException();
    }

    @Test
    void jobsThatCouldHoldTheWholePoolAreRefusedNamingBothSettings() {
        assertThatThrownBy(() -> ConnectionBudget.check(10, 10)).hasMessageContaining("DB_POOL_SIZE")
                .hasMessageContaining("camunda.bpm.job-execution.max-pool-size");
        assertThatThrownBy(() -> ConnectionBudget.check(9, 4)).as("the acquisition holds one too").isInstanceOf(IllegalStateException.class);
    }
}
