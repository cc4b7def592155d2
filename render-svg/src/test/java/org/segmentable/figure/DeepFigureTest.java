package org.segmentable.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.segmentable.deep.DeepModel;
import org.segmentable.deep.LinearRegions;
import org.segmentable.io.MlpJson;
import org.segmentable.numbers.Rational;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DeepFigureTest {

    /** Two ReLU neurons s and t, output relu(s) + relu(t) - 1: four cells, boundary s + t = 1 in the first quadrant. */
    private static final String NET = "{\"name\": \"corner\", \"layers\": [{\"W\": [[1, 0], [0, 1]], \"b\": [0, 0]},"
            + " {\"W\": [[1, 1]], \"b\": [-1]}]}";

    private static DeepModel corner() {
        return MlpJson.parse(NET, "corner").get();
    }

    private static Element byId(Document doc, String id) {
        NodeList all = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    @Test
    void testSvg_pageLikeTheOtherFigures() {
        FigureOptions o = FigureOptions.defaults().withBox(Rational.of(2));
        String svg = DeepFigure.svg(corner(), 0, 0, o).get();
        assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<svg"), svg);
        Document doc = FigureChecks.parse(svg); // version 1.1, valid against the SVG 1.1 DTD
        byId(doc, "tick-labels");
        assertEquals(4, byId(doc, "cells").getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength());
        assertEquals("corner", doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent());
        assertTrue(byId(doc, "decision-boundary").getAttribute("d").startsWith("M"));
        assertTrue(byId(doc, "legend").getTextContent().contains("output 0 = 0"));
    }

    @Test
    void testSvg_boundaryIsTheExactZeroSet() {
        // relu(s) + relu(t) = 1 inside [-2, 2]²: t = 1 for s ≤ 0, s + t = 1 in the first quadrant,
        // s = 1 for t ≤ 0: three segments through (-2, 1), (0, 1), (1, 0), (1, -2).
        FigureOptions o = FigureOptions.defaults().withBox(Rational.of(2));
        LinearRegions r = LinearRegions.box(corner().mlp(), corner().slice(), Rational.of(2),
                LinearRegions.Options.DEFAULT.withLevelSet(0)).get();
        Document doc = FigureChecks.parse(DeepFigure.svg(r, 0, "t", o));
        org.segmentable.svg.Frame f = Canvas.of(o).frame();
        java.util.function.BiFunction<Integer, Integer, String> pt = (x, y) -> f.fmt(f.px(x)) + " " + f.fmt(f.py(y));
        java.util.Set<java.util.Set<String>> expected = java.util.Set.of(
                java.util.Set.of(pt.apply(-2, 1), pt.apply(0, 1)),
                java.util.Set.of(pt.apply(0, 1), pt.apply(1, 0)),
                java.util.Set.of(pt.apply(1, 0), pt.apply(1, -2)));
        java.util.Set<java.util.Set<String>> drawn = new java.util.HashSet<>();
        for (String seg : byId(doc, "decision-boundary").getAttribute("d").substring(1).split("M")) {
            String[] ends = seg.split("L");
            assertEquals(2, ends.length, seg);
            drawn.add(java.util.Set.of(ends[0], ends[1]));
        }
        assertEquals(expected, drawn);
    }

    @Test
    void testSvg_deterministicAndLegendOptional() {
        FigureOptions o = FigureOptions.defaults();
        assertEquals(DeepFigure.svg(corner(), 0, 0, o).get(), DeepFigure.svg(corner(), 0, 0, o).get());
        String noLegend = DeepFigure.svg(corner(), 0, 0, o.withLegend(false)).get();
        assertTrue(!noLegend.contains("id=\"legend\""));
        FigureChecks.parse(noLegend);
    }

    @Test
    void testSvg_layerMustBeHidden() {
        assertThrows(IllegalArgumentException.class, () -> DeepFigure.svg(corner(), 1, 0, FigureOptions.defaults()));
    }
}
