package org.segmentable.svg;

/**
 * An opaque sRGB colour with 8-bit channels.
 *
 * <p>{@code Rgb.of(252, 251, 248).hex()} is {@code "#fcfbf8"}.
 *
 * @param r red, 0..255
 * @param g green, 0..255
 * @param b blue, 0..255
 */
public record Rgb(int r, int g, int b) {

    /** The figures' background, {@code #FCFBF8}. */
    public static final Rgb BACKGROUND = new Rgb(0xFC, 0xFB, 0xF8);

    /**
     * Checks the channel ranges; use {@link #of}.
     *
     * @param r red, 0..255
     * @param g green, 0..255
     * @param b blue, 0..255
     * @throws IllegalArgumentException if a channel is outside 0..255
     */
    public Rgb {
        check(r, "r");
        check(g, "g");
        check(b, "b");
    }

    private static void check(int v, String name) {
        if (v < 0 || v > 255) {
            throw new IllegalArgumentException(name + " must be in [0, 255], got " + v);
        }
    }

    /**
     * A colour from its channels.
     *
     * @param r red, 0..255
     * @param g green, 0..255
     * @param b blue, 0..255
     * @return the colour
     * @throws IllegalArgumentException if a channel is outside 0..255
     */
    public static Rgb of(int r, int g, int b) {
        return new Rgb(r, g, b);
    }

    /**
     * A colour from a hex text {@code #rrggbb}.
     *
     * <p>{@code Rgb.hex("#3b4cc0")} is {@code Rgb(59, 76, 192)}.
     *
     * @param text the text {@code #rrggbb}
     * @return the colour
     * @throws IllegalArgumentException if the text is not {@code #rrggbb}
     */
    public static Rgb hex(String text) {
        if (text == null || !text.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("expected #rrggbb, got " + text);
        }
        int v = Integer.parseInt(text.substring(1), 16);
        return new Rgb((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF);
    }

    /**
     * The lower-case hex text, e.g. {@code "#fcfbf8"}.
     *
     * @return the text {@code #rrggbb}
     */
    public String hex() {
        return String.format("#%02x%02x%02x", r, g, b);
    }

    /**
     * Linear interpolation between this colour and {@code other}, rounded to the nearest channel value.
     *
     * <p>{@code Rgb.of(0, 0, 0).mix(Rgb.of(255, 255, 255), 0.5)} is {@code Rgb(128, 128, 128)}.
     *
     * @param other the colour at {@code t = 1}, not null
     * @param t the fraction, in [0, 1]
     * @return the mixed colour
     */
    public Rgb mix(Rgb other, double t) {
        return new Rgb(lerp(r, other.r, t), lerp(g, other.g, t), lerp(b, other.b, t));
    }

    private static int lerp(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
