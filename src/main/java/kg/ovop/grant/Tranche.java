package kg.ovop.grant;

import java.time.LocalDate;

import kg.ovop.grant.fund.Money;

/** A tranche as planned at signing and, once finance has paid it, as paid. */
public record Tranche(int number, int percent, String after, Money planned, Money paid, LocalDate paidOn, String reference) {
}
