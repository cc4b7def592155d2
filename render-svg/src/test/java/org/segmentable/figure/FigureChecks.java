package org.segmentable.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.segmentable.svg.Raster;
import org.segmentable.svg.Rgb;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Shared checks of drawn figures: XML parsing and pixels of the Batik rendering. */
final class FigureChecks {

    private FigureChecks() {
    }

    /** Parses an SVG text with a namespace-aware XML parser (fails the test on malformed XML). */
    static Document parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
            assertEquals("svg", doc.getDocumentElement().getLocalName());
            assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
            assertEquals("1.1", doc.getDocumentElement().getAttribute("version"));
            assertTrue(doc.getDocumentElement().getAttribute("viewBox").matches("0 0 [0-9.]+ [0-9.]+"));
            return doc;
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
        }
    }

    /** The colour of the pixel of the rendered figure at a world point. */
    static Rgb pixelAt(BufferedImage img, Canvas canvas, double x, double y) {
        double scale = img.getWidth() / canvas.width();
        int px = (int) Math.floor(canvas.frame().px(x) * scale);
        int py = (int) Math.floor(canvas.frame().py(y) * scale);
        int argb = img.getRGB(px, py);
        assertEquals(0xFF, (argb >>> 24) & 0xFF, "pixel is opaque");
        return Rgb.of((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }

    /** Renders with Batik at the canvas's design width. */
    static BufferedImage render(String svg, Canvas canvas) {
        return Raster.image(svg, (int) Math.round(canvas.width()));
    }

    /** {@code over} painted at {@code alpha} over {@code under}, as 8-bit source-over compositing gives. */
    static Rgb over(Rgb under, Rgb over, double alpha) {
        return under.mix(over, alpha);
    }

    /** Asserts two colours agree within the rounding of 8-bit compositing (2 steps per channel). */
    static void assertColour(Rgb expected, Rgb actual, String where) {
        boolean close = Math.abs(expected.r() - actual.r()) <= 2 && Math.abs(expected.g() - actual.g()) <= 2
                && Math.abs(expected.b() - actual.b()) <= 2;
        assertTrue(close, where + ": expected " + expected.hex() + ", found " + actual.hex());
    }
}
