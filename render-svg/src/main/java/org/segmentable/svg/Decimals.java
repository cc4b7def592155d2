package org.segmentable.svg;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats numbers for SVG with a fixed maximum of decimals, trailing zeros removed, no exponent,
 * no {@code -0}, independent of the default locale.
 *
 * <p>{@code Decimals.format(12.3456, 2)} is {@code "12.35"}; {@code Decimals.format(-0.001, 2)} is
 * {@code "0"}; {@code Decimals.format(3.10, 2)} is {@code "3.1"}.
 */
public final class Decimals {

    private Decimals() {
    }

    /**
     * The shortest decimal text of {@code value} rounded (half-even) to {@code decimals} places.
     *
     * @param value a finite double
     * @param decimals the number of decimals, {@code 0 <= decimals <= 12}
     * @return the text
     * @throws IllegalArgumentException if {@code value} is not finite or {@code decimals} is out of range
     */
    public static String format(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value is not finite: " + value);
        }
        if (decimals < 0 || decimals > 12) {
            throw new IllegalArgumentException("decimals must be in [0, 12], got " + decimals);
        }
        BigDecimal d = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.toPlainString();
    }
}
