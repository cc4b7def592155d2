package org.segmentable.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.StringReader;
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
        BufferedImage img = render(SuperpositionFigure.svg(data, options), canvas);
        double scale = img.getWidth() / canvas.width();
        int checked = 0;
        int d = data.active().size();
        PixelOracle region = PixelOracle.of(data.region(), canvas, scale);
        io.vavr.collection.Vector<PixelOracle> active = data.active().map(r -> PixelOracle.of(r, canvas, scale));
        for (int py = (int) (canvas.frame().top() * scale) + 2; py < (canvas.frame().top() + canvas.frame().height())
                * scale - 2; py += step) {
            for (int px = (int) (canvas.frame().left() * scale) + 2; px < (canvas.frame().left()
                    + canvas.frame().width()) * scale - 2; px += step) {
                var pattern = PixelOracle.superpositionLabel(px + 0.5, py + 0.5, region, active);
                if (pattern.isEmpty()) {
                    continue;
                }
                Rgb expected = Rgb.BACKGROUND;
                if (!pattern.get().equals("outside")) {
                    for (int i = 0; i < d; i++) {
                        if (pattern.get().charAt(i) == '1') {
                            expected = over(expected, Overlays.dimColour(i, d), 0.5);
                        }
                    }
                }
                int argb = img.getRGB(px, py);
                assertColour(expected, Rgb.of((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF),
                        "pixel (" + px + ", " + py + ") pattern " + pattern.get());
                if (!pattern.get().equals("outside")) {
                    checked++;
                }
            }
        }
        return checked;
    }

    /**
     * Renders a complex figure (fill by count) and checks every clean pixel of a grid against the
     * count colour of its exact pattern. Returns the number of pixels checked inside the region.
     */
    static int checkComplexPixels(ComplexData data, FigureOptions options, int step) {
        Canvas canvas = Canvas.of(options);
        BufferedImage img = render(ComplexFigure.svg(data, options), canvas);
        double scale = img.getWidth() / canvas.width();
        int checked = 0;
        io.vavr.collection.Vector<PixelOracle> cells = data.cells()
                .map(c -> PixelOracle.of(org.segmentable.geometry.Region.of(c.polygon()), canvas, scale));
        io.vavr.collection.Vector<String> patterns = data.cells().map(CellData::pattern);
        for (int py = (int) (canvas.frame().top() * scale) + 2; py < (canvas.frame().top() + canvas.frame().height())
                * scale - 2; py += step) {
            for (int px = (int) (canvas.frame().left() * scale) + 2; px < (canvas.frame().left()
                    + canvas.frame().width()) * scale - 2; px += step) {
                var pattern = PixelOracle.complexLabel(px + 0.5, py + 0.5, cells, patterns);
                if (pattern.isEmpty()) {
                    continue;
                }
                Rgb expected = pattern.get().equals("outside") ? Rgb.BACKGROUND
                        : ComplexFigure.countColour((int) pattern.get().chars().filter(c -> c == '1').count(),
                                data.dims());
                int argb = img.getRGB(px, py);
                assertColour(expected, Rgb.of((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF),
                        "pixel (" + px + ", " + py + ") pattern " + pattern.get());
                if (!pattern.get().equals("outside")) {
                    checked++;
                }
            }
        }
        return checked;
    }
}
