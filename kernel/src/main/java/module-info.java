/**
 * The exact geometry kernel of segmentable and its layer model: rationals and filtered exact
 * predicates, immutable polygons and regions, winding resolution, the activation complex of a
 * ReLU layer on its latent plane, deep MLPs on a 2-D input slice, and weight-file readers.
 *
 * <p>vavr is part of the API (collections, {@code Validation}, {@code Either}) and is required
 * transitively, so a module that requires {@code org.segmentable.kernel} reads {@code io.vavr}
 * without naming it. JTS is optional: only {@code org.segmentable.jts} uses it, and a module that
 * calls that package adds {@code requires org.locationtech.jts} (jts-core has no other use here).
 * apfloat and Jackson are used inside the kernel only.
 */
module org.segmentable.kernel {
    requires transitive io.vavr;
    requires static transitive org.locationtech.jts;
    requires org.apfloat;
    requires com.fasterxml.jackson.databind;

    exports org.segmentable.analysis;
    exports org.segmentable.complex;
    exports org.segmentable.constructions;
    exports org.segmentable.deep;
    exports org.segmentable.geometry;
    exports org.segmentable.io;
    exports org.segmentable.jts;
    exports org.segmentable.layer;
    exports org.segmentable.linalg;
    exports org.segmentable.numbers;
    exports org.segmentable.ops;
    exports org.segmentable.predicates;
    exports org.segmentable.util;
}
