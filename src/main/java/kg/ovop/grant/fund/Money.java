package kg.ovop.grant.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import kg.ovop.web.BadRequestException;

/**
 * An amount of som held as whole tyiyn (1 som = 100 tyiyn). Typed amounts are parsed exactly
 * (at most two decimals, no rounding); arithmetic stays in {@code long}.
 */
public record Money(long tyiyn) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    /** Parses "1500", "1500.5", "1 500,50" as som; refuses more than two decimals, signs and letters. */
    public static Money parseSom(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException(field, "grant.error.amount-required", "is required");
        }
        String plain = text.strip().replace("\u00a0", "").replace(" ", "").replace(',', '.');
        if (!plain.matches("\\d{1,13}(\\.\\d{1,2})?")) {
            throw new BadRequestException(field, "grant.error.amount", "must be an amount in som with at most two decimals, "
                    + "like 150000 or 150000.50");
        }
        return new Money(new BigDecimal(plain).movePointRight(2).longValueExact());
    }

    public static Money som(long som) {
        return new Money(Math.multiplyExact(som, 100));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(tyiyn, other.tyiyn));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(tyiyn, other.tyiyn));
    }

    /** This amount's share in percent, rounded down to the tyiyn (the last tranche takes what is left). */
    public Money percent(int percent) {
        return new Money(BigDecimal.valueOf(tyiyn).multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).longValueExact());
    }

    @JsonIgnore
    public boolean isPositive() {
        return tyiyn > 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(tyiyn, other.tyiyn);
    }

    /** The amount as a plain decimal in som ("1500000.00"): what integrators read beside the exact tyiyn. */
    @JsonProperty("som")
    public String decimalSom() {
        return toString();
    }

    /** As som with two decimals and grouped thousands, e.g. "1 250 000.00". */
    public String som() {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
        symbols.setGroupingSeparator('\u00a0');
        format.setDecimalFormatSymbols(symbols);
        return format.format(BigDecimal.valueOf(tyiyn, 2));
    }

    @Override
    public String toString() {
        return BigDecimal.valueOf(tyiyn, 2).toPlainString();
    }
}
