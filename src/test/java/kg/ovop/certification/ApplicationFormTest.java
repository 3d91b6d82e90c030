package kg.ovop.certification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phone and taxpayer numbers as producers type them on a phone keyboard. */
class ApplicationFormTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"0700 123 456|+996700123456", "+996 (700) 12-34-56|+996700123456",
            "996700123456|+996700123456", "+996700123456|+996700123456", "0700.123.456|+996700123456",
            "12345|12345", "+7 700 123 45 67|+77001234567"})
    void phonesAreTidiedIntoTheStoredForm(String typed, String stored) {
        assertThat(ApplicationForm.tidyPhone(typed)).isEqualTo(stored);
        assertThat(stored.matches(ApplicationForm.PHONE_PATTERN)).isEqualTo(stored.startsWith("+996") && stored.length() == 13);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"0123 4567 8901 23|01234567890123", "01234-5678-90123|01234567890123",
            "01234567890123|01234567890123", "0123 456|0123456"})
    void taxpayerNumbersLoseTheirSpacesAndKeepTheLeadingZero(String typed, String stored) {
        assertThat(ApplicationForm.tidyTaxpayerNumber(typed)).isEqualTo(stored);
    }
}
