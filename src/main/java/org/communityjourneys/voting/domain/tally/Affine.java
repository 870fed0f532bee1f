package org.communityjourneys.voting.domain.tally;

import java.math.BigInteger;

/**
 * An amount that grows linearly with a round number k: {@code constant + slope * k}. Used to see
 * for how many more Add1 rounds a run of the Method of Equal Shares makes the same decisions.
 */
record Affine(Fraction constant, Fraction slope) {

    static final Affine ZERO = new Affine(Fraction.ZERO, Fraction.ZERO);

    static Affine constant(Fraction value) {
        return new Affine(value, Fraction.ZERO);
    }

    Affine add(Affine other) {
        return new Affine(constant.add(other.constant), slope.add(other.slope));
    }

    Affine subtract(Affine other) {
        return new Affine(constant.subtract(other.constant), slope.subtract(other.slope));
    }

    Affine times(Fraction factor) {
        return new Affine(constant.multiply(factor), slope.multiply(factor));
    }

    Fraction at(long k) {
        return constant.add(slope.multiply(Fraction.of(k)));
    }

    /**
     * The last round k (>= {@code from}) up to which this amount keeps the sign it has at
     * {@code from}; {@link Long#MAX_VALUE} when it keeps it for ever.
     */
    long signKeptUntil(long from) {
        int slopeSign = slope.signum();
        if (slopeSign == 0) {
            return Long.MAX_VALUE;
        }
        int sign = at(from).signum();
        if (sign == 0) {
            return from;
        }
        if (sign == slopeSign) {
            return Long.MAX_VALUE;
        }
        // the sign changes at root = -constant / slope (> from): the last k strictly before it
        Fraction root = constant.divide(slope).multiply(Fraction.of(-1));
        BigInteger floor = root.floor();
        BigInteger last = root.isWhole() ? floor.subtract(BigInteger.ONE) : floor;
        return last.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : last.longValueExact();
    }
}
