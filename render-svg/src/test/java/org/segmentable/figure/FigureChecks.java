package org.segmentable.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
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
            validateSvg11(svg);
            assertEquals("svg", doc.getDocumentElement().getLocalName());
            assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
            assertEquals("1.1", doc.getDocumentElement().getAttribute("version"));
            assertTrue(doc.getDocumentElement().getAttribute("viewBox").matches("0 0 [0-9.]+ [0-9.]+"));
            return doc;
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
        }
    }

    /**
     * Validates an SVG document against the SVG 1.1 DTD (the flat DTD shipped in Batik's jar,
     * resolved locally): the figure gets the SVG 1.1 doctype for the check, and any validity
     * error fails the test.
     */
    static void validateSvg11(String svg) throws Exception {
        String doctype = "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n";
        int at = svg.indexOf("?>") + 3;
        String withDoctype = svg.substring(0, at) + doctype + svg.substring(at);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setValidating(true);
        f.setNamespaceAware(true);
        javax.xml.parsers.DocumentBuilder b = f.newDocumentBuilder();
        b.setEntityResolver((publicId, systemId) -> {
            java.io.InputStream in = org.apache.batik.anim.dom.SVGDOMImplementation.class
                    .getResourceAsStream("/org/apache/batik/dom/svg/resources/svg11-flat.dtd");
            if (in == null) {
                throw new AssertionError("Batik's SVG 1.1 DTD is not on the class path");
            }
            return new InputSource(in);
        });
        b.setErrorHandler(new org.xml.sax.ErrorHandler() {
            @Override
            public void warning(org.xml.sax.SAXParseException e) {
                // warnings (e.g. duplicate declarations in the DTD itself) are not validity errors
            }

            @Override
            public void error(org.xml.sax.SAXParseException e) {
                throw new AssertionError("not valid SVG 1.1 at line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(org.xml.sax.SAXParseException e) {
                throw new AssertionError("not well-formed at line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        b.parse(new InputSource(new StringReader(withDoctype)));
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
        return BatikImage.of(svg, (int) Math.round(canvas.width()));
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

    /**
     * Renders a superposition figure with Batik and checks every clean pixel of a grid (see
     * {@link PixelOracle}: pixels far from every edge of the exact regions) against the colour its
     * exact pattern gives: the background, then each
     * active dim's colour at opacity 0.5 in dim order. Returns the number of pixels checked inside the region.
     */
    static int checkSuperpositionPixels(SuperpositionData data, FigureOptions options, int step) {
        Canvas canvas = Canvas.of(options);
        int d = data.active().size();
        return checkPixels(SuperpositionFigure.svg(data, options), canvas, step, scale -> {
            PixelOracle region = PixelOracle.of(data.region(), canvas, scale);
            Vector<PixelOracle> active = data.active().map(r -> PixelOracle.of(r, canvas, scale));
            return (x, y) -> PixelOracle.superpositionLabel(x, y, region, active);
        }, pattern -> {
            Rgb expected = Rgb.BACKGROUND;
            for (int i = 0; i < d; i++) {
                if (pattern.charAt(i) == '1') {
                    expected = over(expected, Overlays.dimColour(i, d), 0.5);
                }
            }
            return expected;
        });
    }

    /**
     * Renders a complex figure (fill by count) and checks every clean pixel of a grid against the
     * count colour of its exact pattern. Returns the number of pixels checked inside the region.
     */
    static int checkComplexPixels(ComplexData data, FigureOptions options, int step) {
        Canvas canvas = Canvas.of(options);
        Vector<String> patterns = data.cells().map(CellData::pattern);
        return checkPixels(ComplexFigure.svg(data, options), canvas, step, scale -> {
            Vector<PixelOracle> cells = data.cells()
                    .map(c -> PixelOracle.of(org.segmentable.geometry.Region.of(c.polygon()), canvas, scale));
            return (x, y) -> PixelOracle.complexLabel(x, y, cells, patterns);
        }, pattern -> ComplexFigure.countColour((int) pattern.chars().filter(c -> c == '1').count(), data.dims()));
    }

    /**
     * Renders an SVG and checks every clean pixel of a grid of the plot area against the colour of
     * its exact label: the background outside the region, {@code colour} of the pattern inside.
     * The labeller is built for the image's scale (pixels per design unit). Returns the number of
     * pixels checked inside the region.
     */
    private static int checkPixels(String svg, Canvas canvas, int step, DoubleFunction<Labeller> labeller,
            Function<String, Rgb> colour) {
        BufferedImage img = render(svg, canvas);
        double scale = img.getWidth() / canvas.width();
        Labeller label = labeller.apply(scale);
        int checked = 0;
        for (int py = (int) (canvas.frame().top() * scale) + 2; py < (canvas.frame().top() + canvas.frame().height())
                * scale - 2; py += step) {
            for (int px = (int) (canvas.frame().left() * scale) + 2; px < (canvas.frame().left()
                    + canvas.frame().width()) * scale - 2; px += step) {
                Option<String> pattern = label.at(px + 0.5, py + 0.5);
                if (pattern.isEmpty()) {
                    continue;
                }
                boolean outside = pattern.get().equals("outside");
                Rgb expected = outside ? Rgb.BACKGROUND : colour.apply(pattern.get());
                int argb = img.getRGB(px, py);
                assertColour(expected, Rgb.of((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF),
                        "pixel (" + px + ", " + py + ") pattern " + pattern.get());
                if (!outside) {
                    checked++;
                }
            }
        }
        return checked;
    }

    /** The exact label of the point {@code (x, y)} in image pixels: a pattern, "outside", or none near an edge. */
    @FunctionalInterface
    private interface Labeller {
        Option<String> at(double x, double y);
    }
}
