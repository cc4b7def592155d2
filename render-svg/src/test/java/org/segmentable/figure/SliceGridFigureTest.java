package org.segmentable.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmentable.figure.FigureChecks.assertColour;
import static org.segmentable.figure.FigureChecks.over;

import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.segmentable.analysis.PlaneRegion;
import org.segmentable.io.JsonModels;
import org.segmentable.layer.ReluLayer;
import org.segmentable.layer.SlicedLayer;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.numbers.Rational;
import org.segmentable.svg.Frame;
import org.segmentable.svg.Rgb;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The slice grid and the figures of a layer on a slice. */
class SliceGridFigureTest {

    static final Path TOY_H3 = Path.of("..", "examples", "toy-h3.json");

    static ReluLayer toyH3() {
        return JsonModels.read(TOY_H3).get();
    }

    /**
     * h = 3, d = 3, identity encoder and decoder, b = (-1/2, 0, 0): on the slice of features 0, 1
     * (u = e1, v = e2) dim 0 is active exactly where s > 1/2, dim 1 where t > 0, dim 2 nowhere.
     */
    static ReluLayer identity3() {
        double[][] id = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        return ReluLayer.fromDoubles("id3", "identity, h = 3", id, id, new double[] {-0.5, 0, 0}).get();
    }

    static Vector<Element> all(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        Vector<Element> out = Vector.empty();
        for (int k = 0; k < nodes.getLength(); k++) {
            out = out.append((Element) nodes.item(k));
        }
        return out;
    }

    static Vector<Element> withIds(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("*", "*");
        Vector<Element> out = Vector.empty();
        for (int k = 0; k < nodes.getLength(); k++) {
            Element e = (Element) nodes.item(k);
            if (e.hasAttribute("id")) {
                out = out.append(e);
            }
        }
        return out;
    }

    @Test
    void testGrid_structureOfToyH3() {
        SliceGridData data = SliceFigures.grid(toyH3(), 4, PlaneRegion.BOX, Rational.of(2)).get();
        assertEquals(Vector.of("0,1", "0,2", "0,3", "1,2", "1,3", "2,3"),
                data.panels().map(p -> p.i() + "," + p.j()));
        Document doc = FigureChecks.parse(SliceGridFigure.svg(data, FigureOptions.defaults()));
        Vector<String> ids = withIds(doc).map(e -> e.getAttribute("id"));
        assertEquals(ids.size(), HashSet.ofAll(ids).size(), "ids are unique: " + ids.groupBy(x -> x)
                .filter(t -> t._2.size() > 1).keySet());
        for (SlicePanel p : data.panels()) {
            String name = "panel-" + p.i() + "-" + p.j();
            Element g = SuperpositionFigureTest.byId(doc, name);
            assertEquals("features " + p.i() + ", " + p.j(),
                    SuperpositionFigureTest.byId(doc, name + "-title").getTextContent());
            for (int i = 0; i < 6; i++) {
                Element dim = SuperpositionFigureTest.byId(doc, name + "-dim-" + i);
                assertEquals(Overlays.dimColour(i, 6).hex(), dim.getAttribute("fill"), "shared colour of dim " + i);
                assertEquals(p.data().get().active().get(i).pieces().size(),
                        dim.getElementsByTagName("path").getLength());
            }
            assertEquals("url(#" + name + "-area)",
                    SuperpositionFigureTest.byId(doc, name + "-plot").getAttribute("clip-path"));
            SuperpositionFigureTest.byId(doc, name + "-area");
            assertTrue(g.getElementsByTagName("circle").getLength() == 6, name + ": six feature markers");
        }
        // panel 0, 1 (u = e1, v = e2): features 0 and 1 lie on it, 2..5 are projections (hollow)
        Vector<Element> circles = all(doc, "circle").filter(c -> c.getAttribute("id").startsWith("panel-0-1-feature-"));
        assertEquals(Vector.of(false, false, true, true, true, true),
                circles.map(c -> "projection".equals(c.getAttribute("class"))));
        assertEquals(Vector.of(true, true, false, false, false, false), data.panels().head().onSlice());
        assertEquals("dim 5", SuperpositionFigureTest.byId(doc, "legend").getElementsByTagName("text").item(6)
                .getTextContent());
        assertTrue(SuperpositionFigureTest.byId(doc, "feature-key").getTextContent().contains("projected"));
        assertEquals(1, all(doc, "text").filter(t -> "dims".equals(t.getTextContent())).size(), "one shared legend");
    }

    @Test
    void testGrid_pixelsInExactlyKnownRegions() {
        FigureOptions o = FigureOptions.defaults().withFeatures(false).withBox(Rational.of(2));
        SliceGridData data = SliceFigures.grid(identity3(), 3, PlaneRegion.BOX, o.box()).get();
        // the kernel agrees with the hand computation: dim 0 is active on s > 1/2 of [-2, 2]², area 3/2 · 4
        assertEquals(Rational.of(6), data.panels().head().data().get().active().get(0).area());
        String svg = SliceGridFigure.svg(data, o);
        FigureChecks.parse(svg);
        double width = SliceGridFigure.width(3);
        BufferedImage img = BatikImage.of(svg, (int) Math.round(width));
        Frame f01 = SliceGridFigure.panelFrame(0, 1, 2);
        Rgb bg = Rgb.BACKGROUND;
        Rgb c0 = Overlays.dimColour(0, 3);
        Rgb c1 = Overlays.dimColour(1, 3);
        Rgb c2 = Overlays.dimColour(2, 3);
        assertColour(over(over(bg, c0, 0.5), c1, 0.5), pixel(img, width, f01, 1.25, 1), "panel 0,1: s > 1/2, t > 0");
        assertColour(over(bg, c1, 0.5), pixel(img, width, f01, 0.25, 1), "panel 0,1: s < 1/2, t > 0");
        assertColour(over(bg, c0, 0.5), pixel(img, width, f01, 1.25, -1), "panel 0,1: s > 1/2, t < 0");
        assertColour(bg, pixel(img, width, f01, -1, -1), "panel 0,1: nothing active");
        // panel 1, 2 (u = e2, v = e3): dim 1 active where s > 0, dim 2 where t > 0, dim 0 nowhere
        Frame f12 = SliceGridFigure.panelFrame(1, 2, 2);
        assertColour(over(over(bg, c1, 0.5), c2, 0.5), pixel(img, width, f12, 1, 1), "panel 1,2: dims 1, 2");
        assertColour(over(bg, c2, 0.5), pixel(img, width, f12, -1, 1), "panel 1,2: dim 2");
        assertNotEquals(pixel(img, width, f01, 0.25, 1), pixel(img, width, f01, 1.25, 1));
    }

    private static Rgb pixel(BufferedImage img, double width, Frame f, double x, double y) {
        double scale = img.getWidth() / width;
        int argb = img.getRGB((int) Math.floor(f.px(x) * scale), (int) Math.floor(f.py(y) * scale));
        return Rgb.of((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }

    @Test
    void testGrid_parallelPairGetsAMessagePanel() {
        double[][] enc = {{1, 2, 0}, {0, 0, 1}, {0, 0, 0}};
        double[][] dec = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        ReluLayer layer = ReluLayer.fromDoubles("par", "", enc, dec, new double[] {0, 0, 0}).get();
        SliceGridData data = SliceFigures.grid(layer, 3, PlaneRegion.BOX, Rational.of(3)).get();
        assertTrue(data.panels().head().data().getLeft().contains("parallel"), data.panels().head().toString());
        assertTrue(data.panels().tail().forAll(p -> p.data().isRight()));
        Document doc = FigureChecks.parse(SliceGridFigure.svg(data, FigureOptions.defaults()));
        assertTrue(SuperpositionFigureTest.byId(doc, "panel-0-1-message").getTextContent().contains("parallel"));
        assertEquals(0, SuperpositionFigureTest.byId(doc, "panel-0-1").getElementsByTagName("path").getLength());
        SuperpositionFigureTest.byId(doc, "panel-0-2-dim-2");
        SuperpositionFigureTest.byId(doc, "panel-1-2-dim-2");
    }

    @Test
    void testGrid_kOutOfRange() {
        assertTrue(SliceFigures.grid(toyH3(), 7, PlaneRegion.BOX, Rational.of(3)).getLeft().contains("6 features"));
        assertTrue(SliceFigures.grid(toyH3(), 1, PlaneRegion.BOX, Rational.of(3)).isLeft());
    }

    @Test
    void testGrid_byteIdentical() {
        FigureOptions o = FigureOptions.defaults().withBoundaries(true);
        assertEquals(SliceFigures.gridSvg(toyH3(), 3, PlaneRegion.BOX, o).get(),
                SliceFigures.gridSvg(toyH3(), 3, PlaneRegion.BOX, o).get());
    }

    @Test
    void testSliced_axesSliceOfPlaneLayerIsThePlainFigure() {
        FigureOptions o = FigureOptions.defaults().withBoundaries(true);
        for (ReluLayer layer : SeedFiguresTest.seeds().take(2)) {
            SlicedLayer sliced = SlicedLayer.of(layer, AffineSlice.identity()).get();
            assertTrue(sliced.allOnSlice(), layer.name());
            for (PlaneRegion region : PlaneRegion.values()) {
                for (Mode mode : Mode.values()) {
                    assertEquals(Figures.svg(layer, mode, region, o).get(),
                            SliceFigures.svg(sliced, mode, region, o).get(), layer.name() + " " + mode + " " + region);
                }
            }
        }
    }

    @Test
    void testSliced_projectionsAreHollowAndExplained() {
        SlicedLayer sliced = SlicedLayer.ofFeatures(toyH3(), 0, 3).get();
        for (Mode mode : Mode.values()) {
            Document doc = FigureChecks.parse(SliceFigures.svg(sliced, mode, PlaneRegion.BOX,
                    FigureOptions.defaults()).get());
            Vector<Boolean> hollow = Vector.range(0, 6).map(j -> "projection"
                    .equals(SuperpositionFigureTest.byId(doc, "feature-" + j).getAttribute("class")));
            assertEquals(sliced.onSlice().map(b -> !b), hollow, mode.word());
            assertEquals(Vector.of(true, false, false, true, false, true), sliced.onSlice(), "0, 3 and 5 = -0 - 3");
            assertTrue(SuperpositionFigureTest.byId(doc, "feature-key").getTextContent().contains("on the slice"));
        }
        Document plain = FigureChecks.parse(SliceFigures.svg(sliced, Mode.SUPERPOSITION, PlaneRegion.BOX,
                FigureOptions.defaults().withLegend(false)).get());
        assertEquals(0, withIds(plain).filter(e -> e.getAttribute("id").equals("feature-key")).size());
    }
}
