package org.segmentable.cli;

import io.vavr.control.Option;
import java.util.Objects;
import org.segmentable.complex.ActivationComplex;
import org.segmentable.complex.Estimate;

/**
 * The command line's memory policy for the activation complex. The kernel only estimates
 * ({@link ActivationComplex#estimate}); deciding whether this JVM can afford it is the tool's
 * business: the complex is refused when its estimated working memory exceeds 85% of the heap this
 * JVM has free, after one garbage collection (garbage not yet collected, such as an earlier
 * complex dropped, counts as used until then).
 */
final class MemoryPolicy {

    /** How to give the tool more memory: the launcher passes this variable to {@code java}. */
    static final String MORE_MEMORY = "SEGMENTABLE_JAVA_OPTS=-Xmx8g";

    private MemoryPolicy() {
    }

    /**
     * Why the complex cannot be built in this JVM, if it cannot.
     *
     * @param estimate the complex's size, not null
     * @return the message when the complex does not fit, else none
     */
    static Option<String> refusal(Estimate estimate) {
        Objects.requireNonNull(estimate, "estimate is null");
        long need = estimate.bytes();
        long free = free();
        if (need > free * 85 / 100) {
            System.gc();
            free = free();
        }
        if (need <= free * 85 / 100) {
            return Option.none();
        }
        return Option.some(String.format("the activation complex of %d dims needs about %d MB for about %d"
                + " cells (%d boundary crossings in the region's bounding box), but this JVM has %d MB free;"
                + " give it more memory (run with " + MORE_MEMORY + " ./segmentable ...) or use a smaller region"
                + " or fewer dims",
                estimate.dimCount(), need >> 20, estimate.cells(), estimate.crossings(), free >> 20));
    }

    private static long free() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }
}
