package org.segmentable.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Ring;

class SvgBasicsTest {

    @Test
    void testFormat_roundsAndStrips() {
        assertEquals("12.35", Decimals.format(12.3456, 2));
        assertEquals("3.1", Decimals.format(3.10, 2));
        assertEquals("0", Decimals.format(-0.001, 2));
        assertEquals("0", Decimals.format(-0.0, 2));
        assertEquals("-7", Decimals.format(-7.0, 2));
        assertEquals("100000000000000000000", Decimals.format(1e20, 2));
        assertThrows(IllegalArgumentException.class, () -> Decimals.format(Double.NaN, 2));
    }

    @Test
    void testElement_escapesAndNests() {
        Element e = Element.of("g").attr("id", "a\"b").child(Element.of("text").text("x<y & z"))
                .child(Element.of("rect"));
        assertEquals("<g id=\"a&quot;b\">\n  <text>x&lt;y &amp; z</text>\n  <rect/>\n</g>\n", e.write());
    }

    @Test
    void testPalette_coolwarmEndsAndMiddle() {
        assertEquals("#3b4cc0", Palette.COOLWARM.at(0).hex());
        assertEquals("#b40426", Palette.COOLWARM.at(1).hex());
        assertEquals("#dddddd", Palette.COOLWARM.at(0.5).hex());
        Rgb first = Palette.COOLWARM.spread(0, 6);
        Rgb last = Palette.COOLWARM.spread(5, 6);
        assertTrue(first.b() > first.r(), "dim 0 is blue");
        assertTrue(last.r() > last.b(), "the last dim is red");
        assertEquals("#808080", Palette.ofHex("#000000", "#ffffff").at(0.5).hex());
        assertEquals(Palette.TAB20.cycle(0), Palette.TAB20.cycle(20));
    }

    @Test
    void testTicks_niceSteps() {
        assertEquals(Vector.of(-3, -2, -1, 0, 1, 2, 3).map(BigDecimal::valueOf), Frame.ticks(-3, 3, 7));
        assertEquals(Vector.of("-1", "-0.5", "0", "0.5", "1"),
                Frame.ticks(-1, 1, 7).map(BigDecimal::toPlainString));
        assertEquals(Vector.of("-10", "-5", "0", "5", "10"),
                Frame.ticks(-10, 10, 7).map(BigDecimal::toPlainString));
        assertEquals("\u22122.5", Frame.tickLabel(new BigDecimal("-2.5")));
    }

    @Test
    void testPathData_shellAndHole() {
        Frame f = Frame.square(1, 0, 0, 100, 2);
        Ring shell = Ring.of(Point2.of(0, 0), Point2.of(1, 0), Point2.of(1, 1), Point2.of(0, 1));
        assertEquals("M50 50L100 50L100 0L50 0Z", f.pathData(Polygon.of(shell).get()));
        Ring outer = Ring.of(Point2.of(-1, -1), Point2.of(1, -1), Point2.of(1, 1), Point2.of(-1, 1));
        Ring hole = Ring.of(Point2.of(0, 0), Point2.of(0.5, 0.5), Point2.of(0.5, 0)); // clockwise, as holes are
        assertEquals("M0 100L100 100L100 0L0 0ZM50 50L75 25L75 50Z", f.pathData(Polygon.of(outer, Vector.of(hole)).get()));
    }

    @Test
    void testPathData_dropsRepeatedPixel() {
        Frame f = Frame.square(1, 0, 0, 100, 2);
        Ring sliver = Ring.of(Point2.of(0, 0), Point2.of(1e-9, 0), Point2.of(1, 1));
        assertEquals("M50 50L100 0Z", f.pathData(Polygon.of(sliver).get()));
    }
}
