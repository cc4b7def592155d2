package org.segmentable.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.segmentable.figure.FigureChecks.assertColour;
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

class ComplexFigureTest {

    /**
     * Two dims on [-2, 2]²: dim 0 active for x > 0, dim 1 for y > 0, so four quadrant cells
     * (patterns 00, 10, 01, 11), the 00 cell with a hole (a fifth cell, pattern 00 too, fills it).
     */
    static ComplexData handMade() {
        Region region = Region.of(Polygon.of(SuperpositionFigureTest.square(-2, -2, 2, 2)).get());
        Ring hole = Ring.of(Point2.of(-1.5, -1.5), Point2.of(-0.5, -1.5), Point2.of(-0.5, -0.5));
        Vector<CellData> cells = Vector.of(
                new CellData("00", Polygon.of(SuperpositionFigureTest.square(-2, -2, 0, 0), Vector.of(hole)).get()),
                new CellData("10", Polygon.of(SuperpositionFigureTest.square(0, -2, 2, 0)).get()),
                new CellData("01", Polygon.of(SuperpositionFigureTest.square(-2, 0, 0, 2)).get()),
                new CellData("11", Polygon.of(SuperpositionFigureTest.square(0, 0, 2, 2)).get()),
                new CellData("00", Polygon.of(hole).get()));
        return new ComplexData("cells", region, 2, cells, Vector.of(Point2.of(1, 0), Point2.of(0, 1)),
                Vector.of(HalfPlane.of(1, 0, 0), HalfPlane.of(0, 1, 0)));
    }

    @Test
    void testSvg_onePathPerCell() {
        Document doc = FigureChecks.parse(ComplexFigure.svg(handMade(), FigureOptions.defaults().withBoundaries(true)));
        assertEquals(5, SuperpositionFigureTest.byId(doc, "cells").getElementsByTagName("path").getLength());
        assertEquals(2, SuperpositionFigureTest.byId(doc, "boundaries").getElementsByTagName("line").getLength());
        assertEquals("pattern 11, 2 active", SuperpositionFigureTest.byId(doc, "cells").getElementsByTagName("title")
                .item(3).getTextContent());
    }

    @Test
    void testSvg_pixelsByCount() {
        FigureOptions o = FigureOptions.defaults().withFeatures(false);
        Canvas canvas = Canvas.of(o);
        BufferedImage img = FigureChecks.render(ComplexFigure.svg(handMade(), o), canvas);
        assertColour(Palette.YLGNBU.at(0), pixelAt(img, canvas, -1.5, -0.5), "00");
        assertColour(Palette.YLGNBU.at(0.5), pixelAt(img, canvas, 1, -1), "10");
        assertColour(Palette.YLGNBU.at(0.5), pixelAt(img, canvas, -1, 1), "01");
        assertColour(Palette.YLGNBU.at(1), pixelAt(img, canvas, 1, 1), "11");
        assertColour(Palette.YLGNBU.at(0), pixelAt(img, canvas, -0.8, -1.3), "the hole's own cell");
        assertColour(Rgb.BACKGROUND, pixelAt(img, canvas, 2.5, -2.5), "outside");
    }

    @Test
    void testSvg_pixelsByPattern() {
        FigureOptions o = FigureOptions.defaults().withFeatures(false).withFill(CellFill.PATTERN);
        Canvas canvas = Canvas.of(o);
        BufferedImage img = FigureChecks.render(ComplexFigure.svg(handMade(), o), canvas);
        // sorted patterns: 00, 01, 10, 11
        assertColour(Palette.TAB20.cycle(0), pixelAt(img, canvas, -1.5, -0.5), "00");
        assertColour(Palette.TAB20.cycle(1), pixelAt(img, canvas, -1, 1), "01");
        assertColour(Palette.TAB20.cycle(2), pixelAt(img, canvas, 1, -1), "10");
        assertColour(Palette.TAB20.cycle(3), pixelAt(img, canvas, 1, 1), "11");
    }

    @Test
    void testSvg_gridPixelsAgreeWithExactPatterns() {
        ComplexData data = handMade();
        int checked = FigureChecks.checkComplexPixels(data, FigureOptions.defaults().withFeatures(false), 5);
        assertEquals(true, checked > 2000, "checked " + checked);
    }

    @Test
    void testSvg_byteIdentical() {
        assertEquals(ComplexFigure.svg(handMade(), FigureOptions.defaults()),
                ComplexFigure.svg(handMade(), FigureOptions.defaults()));
    }

    @Test
    void testComplexData_patternLengthChecked() {
        assertThrows(IllegalArgumentException.class, () -> new ComplexData("", Region.EMPTY, 3,
                Vector.of(new CellData("01", Polygon.of(SuperpositionFigureTest.square(0, 0, 1, 1)).get())),
                Vector.empty(), Vector.empty()));
    }
}
