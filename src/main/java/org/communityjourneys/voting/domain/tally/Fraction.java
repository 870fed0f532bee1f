package org.communityjourneys.voting.domain.tally;

import java.math.BigInteger;

/** An exact rational number, always in lowest terms with a positive denominator. */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

    public Fraction {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("Denominator is zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    public static Fraction of(long whole) {
        return new Fraction(BigInteger.valueOf(whole), BigInteger.ONE);
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        return new Fraction(numerator, denominator);
    }

    /** Reads a plain decimal such as {@code 1070000}, {@code 2022616.50} or {@code 99,5} (decimal comma). */
    public static Fraction parseDecimal(String text) {
        String value = text.trim().replace(',', '.');
        if (!value.matches("-?\\d+(\\.\\d*)?|-?\\.\\d+")) {
            throw new NumberFormatException("not a number: \"" + text + "\"");
        }
        int dot = value.indexOf('.');
        if (dot < 0) {
            return new Fraction(new BigInteger(value), BigInteger.ONE);
        }
        String digits = value.substring(0, dot) + value.substring(dot + 1);
        if (digits.equals("-") || digits.isEmpty()) {
            throw new NumberFormatException("not a number: \"" + text + "\"");
        }
        int decimals = value.length() - dot - 1;
        return new Fraction(new BigInteger(digits), BigInteger.TEN.pow(decimals));
    }

    public Fraction add(Fraction other) {
        return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Fraction subtract(Fraction other) {
        return new Fraction(numerator.multiply(other.denominator).subtract(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Fraction multiply(Fraction other) {
        return new Fraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Fraction divide(Fraction other) {
        return new Fraction(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    public Fraction add(long whole) {
        return add(of(whole));
    }

    public BigInteger floor() {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    public boolean isWhole() {
        return denominator.equals(BigInteger.ONE);
    }

    public int signum() {
        return numerator.signum();
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    public boolean lessOrEqual(Fraction other) {
        return compareTo(other) <= 0;
    }

    @Override
    public String toString() {
        return isWhole() ? numerator.toString() : numerator + "/" + denominator;
    }
}
