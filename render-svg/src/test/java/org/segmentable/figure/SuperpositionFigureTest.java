package org.segmentable.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.segmentable.figure.FigureChecks.assertColour;
import static org.segmentable.figure.FigureChecks.over;
import static org.segmentable.figure.FigureChecks.pixelAt;

import io.vavr.collection.Vector;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.svg.Palette;
import org.segmentable.svg.Rgb;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SuperpositionFigureTest {

    static Ring square(long x0, long y0, long x1, long y1) {
        return Ring.of(Point2.of(x0, y0), Point2.of(x1, y0), Point2.of(x1, y1), Point2.of(x0, y1));
    }

    /**
     * Three dims on the region [-2, 2]²: dim 0 active on the right half (x > 0), dim 1 on the
     * frame [-2, 2]² minus the hole [-1, 1]² (hole written clockwise like the shell: evenodd must
     * still make it a hole), dim 2 on two separate squares.
     */
    static SuperpositionData handMade() {
        Region region = Region.of(Polygon.of(square(-2, -2, 2, 2)).get());
        Region right = Region.of(Polygon.of(square(0, -2, 2, 2)).get());
        Region frame = Region.of(Polygon.of(square(-2, -2, 2, 2), Vector.of(square(-1, -1, 1, 1))).get());
        Region two = Region.of(Vector.of(Polygon.of(square(-2, 1, -1, 2)).get(), Polygon.of(square(1, -2, 2, -1)).get())).get();
        return new SuperpositionData("hand made", region, Vector.of(right, frame, two),
                Vector.of(Point2.of(1, 0), Point2.of(0, 1), Point2.of(-1, -1)),
                Vector.of(HalfPlane.of(1, 0, 0), HalfPlane.of(0, 1, 0), HalfPlane.of(1, 1, -1)));
    }

    @Test
    void testSvg_structure() {
        String svg = SuperpositionFigure.svg(handMade(), FigureOptions.defaults().withFeatures(true)
                .withBoundaries(true));
        Document doc = FigureChecks.parse(svg);
        for (int i = 0; i < 3; i++) {
            Element g = doc.getElementById("dim-" + i) != null ? doc.getElementById("dim-" + i) : byId(doc, "dim-" + i);
            assertEquals("g", g.getLocalName());
            assertEquals("0.5", g.getAttribute("fill-opacity"));
            assertEquals("evenodd", g.getAttribute("fill-rule"));
            assertEquals(Palette.COOLWARM.spread(i, 3).hex(), g.getAttribute("fill"));
        }
        assertEquals(1, paths(byId(doc, "dim-0")).getLength());
        assertEquals(1, paths(byId(doc, "dim-1")).getLength(), "a piece with a hole is one path");
        assertEquals(2, paths(byId(doc, "dim-2")).getLength(), "two pieces, two paths");
        assertEquals(2, byId(doc, "dim-1").getElementsByTagName("path").item(0).getAttributes()
                .getNamedItem("d").getNodeValue().chars().filter(c -> c == 'M').count(), "shell and hole subpaths");
        assertEquals(3, byId(doc, "features").getElementsByTagName("circle").getLength());
        assertEquals(3, byId(doc, "boundaries").getElementsByTagName("line").getLength());
        assertEquals("hand made", byId(doc, "title").getTextContent());
        assertEquals("dim 2", byId(doc, "legend").getElementsByTagName("text").item(3).getTextContent());
    }

    @Test
    void testSvg_coordinatesHaveAtMostTwoDecimals() {
        String svg = SuperpositionFigure.svg(handMade(), FigureOptions.defaults().withFeatures(true)
                .withBoundaries(true).withBox(org.segmentable.numbers.Rational.of(7, 3)));
        assertEquals(false, svg.matches("(?s).*\\d\\.\\d{3,}.*"), "a number with 3 or more decimals");
        assertEquals(false, svg.contains("E-") || svg.contains("-0 ") || svg.contains("NaN"));
    }

    @Test
    void testSvg_byteIdentical() {
        FigureOptions o = FigureOptions.defaults().withFeatures(true).withBoundaries(true);
        assertEquals(SuperpositionFigure.svg(handMade(), o), SuperpositionFigure.svg(handMade(), o));
    }

    @Test
    void testSvg_pixelsMatchExactRegions() {
        SuperpositionData data = handMade();
        FigureOptions o = FigureOptions.defaults();
        String svg = SuperpositionFigure.svg(data, o);
        Canvas canvas = Canvas.of(o);
        BufferedImage img = FigureChecks.render(svg, canvas);
        Rgb bg = Rgb.BACKGROUND;
        Rgb c0 = Palette.COOLWARM.spread(0, 3);
        Rgb c1 = Palette.COOLWARM.spread(1, 3);
        Rgb c2 = Palette.COOLWARM.spread(2, 3);
        // inside the hole of dim 1, right half: dim 0 only
        assertColour(over(bg, c0, 0.5), pixelAt(img, canvas, 0.5, 0.3), "hole, right");
        // inside the hole, left half: nothing active
        assertColour(bg, pixelAt(img, canvas, -0.5, 0.3), "hole, left");
        // frame, left, not in dim 2's squares: dim 1 only
        assertColour(over(bg, c1, 0.5), pixelAt(img, canvas, -1.5, -0.5), "frame, left");
        // frame, right: dims 0 then 1
        assertColour(over(over(bg, c0, 0.5), c1, 0.5), pixelAt(img, canvas, 1.5, 0.5), "frame, right");
        // dim 2's lower-right square: dims 0, 1, 2
        assertColour(over(over(over(bg, c0, 0.5), c1, 0.5), c2, 0.5), pixelAt(img, canvas, 1.5, -1.5),
                "lower right square");
        // dim 2's upper-left square: dims 1, 2
        assertColour(over(over(bg, c1, 0.5), c2, 0.5), pixelAt(img, canvas, -1.5, 1.5), "upper left square");
        // outside the region
        assertColour(bg, pixelAt(img, canvas, 2.5, 2.5), "outside");
        assertNotEquals(pixelAt(img, canvas, 0.5, 0.3), pixelAt(img, canvas, -0.5, 0.3));
    }

    @Test
    void testSvg_gridPixelsAgreeWithExactPatterns() {
        int checked = FigureChecks.checkSuperpositionPixels(handMade(),
                FigureOptions.defaults().withFeatures(false).withLegend(false), 5);
        assertEquals(true, checked > 2000, "checked " + checked);
    }

    @Test
    void testSvg_manyDimsGetAColourBar() {
        SuperpositionData data = new SuperpositionData("many", Region.EMPTY, Vector.fill(30, Region.EMPTY),
                Vector.empty(), Vector.empty());
        Document doc = FigureChecks.parse(SuperpositionFigure.svg(data, FigureOptions.defaults()));
        Element legend = byId(doc, "legend");
        assertEquals(1, legend.getElementsByTagName("linearGradient").getLength());
        assertEquals("dim 29", legend.getElementsByTagName("text").item(2).getTextContent());
        assertEquals(30, doc.getElementsByTagName("g").getLength() - countNonDimGroups(doc));
    }

    private static int countNonDimGroups(Document doc) {
        NodeList gs = doc.getElementsByTagName("g");
        int n = 0;
        for (int k = 0; k < gs.getLength(); k++) {
            if (!((Element) gs.item(k)).getAttribute("id").startsWith("dim-")) {
                n++;
            }
        }
        return n;
    }

    @Test
    void testValidateSvg11_rejectsWhatSvg11Lacks() throws Exception {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "version=\"1.1\" viewBox=\"0 0 1 1\">";
        FigureChecks.validateSvg11(head + "<path d=\"M0 0L1 1Z\"/></svg>");
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> FigureChecks.validateSvg11(head + "<path d=\"M0 0L1 1Z\" paint-order=\"stroke\"/></svg>"));
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> FigureChecks.validateSvg11(head + "<mesh/></svg>"));
    }

    static Element byId(Document doc, String id) {
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int k = 0; k < all.getLength(); k++) {
            Element e = (Element) all.item(k);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    static NodeList paths(Element g) {
        return g.getElementsByTagName("path");
    }
}
