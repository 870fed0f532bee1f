package org.communityjourneys.shared.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts are kept in whole pence; this formats and parses pounds. */
public final class Money {

    private Money() {
    }

    public static long penceOf(BigDecimal pounds) {
        return pounds.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
    }

    public static BigDecimal poundsOf(long pence) {
        return BigDecimal.valueOf(pence, 2);
    }

    /** Pounds with a thousands separator and pence only when there are any: £1234.50 is shown with a comma after the 1. */
    public static String format(long pence) {
        return format(pence, Locale.UK);
    }

    /**
     * As {@link #format(long)} in a language's number format; always pounds sterling, so Welsh
     * (cy-GB) reads "£1,234.50" as English (UK) does.
     */
    public static String format(long pence, Locale locale) {
        Locale country = locale == null || locale.getCountry().isEmpty() ? Locale.UK : locale;
        NumberFormat format = NumberFormat.getCurrencyInstance(country);
        format.setCurrency(java.util.Currency.getInstance("GBP"));
        if (pence % 100 == 0) {
            format.setMaximumFractionDigits(0);
            format.setMinimumFractionDigits(0);
        }
        return format.format(poundsOf(pence));
    }
}
