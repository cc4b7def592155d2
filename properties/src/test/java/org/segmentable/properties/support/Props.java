package org.segmentable.properties.support;

import java.util.function.Consumer;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.segmentable.layer.ReluLayer;
import org.segmentable.properties.gen.Facts;
import org.segmentable.properties.gen.Tally;

/**
 * QuickTheories settings for the suite. The number of tries per property is fixed here (cheap
 * properties 1,000, expensive ones fewer, each says how many); {@code -DQT_SEED=<seed>} replays a
 * failing run, whose seed QuickTheories prints in the failure message ({@code Seed was …}).
 * {@code -DQT_EXAMPLES=<n>} is overridden by the counts below; to try more, change them.
 *
 * <p>{@code Props.qt(1000).forAll(gen).checkAssert(x -> …)} runs 1,000 tries.
 */
public final class Props {

    /** Tries for a cheap property. */
    public static final int CHEAP = 1000;

    private Props() {
    }

    /**
     * A QuickTheory with the given number of tries and the seed from {@code QT_SEED} when set.
     *
     * @param examples the tries
     * @return the theory builder
     */
    public static QuickTheory qt(int examples) {
        return QuickTheory.qt().withExamples(examples).withShrinkCycles(200);
    }

    /**
     * Checks {@code tries} generated layers, counting each try and tallying its layer facts
     * ({@link Facts#ofLayer}) before the check.
     *
     * @param tally where the tries and facts are counted
     * @param tries the tries
     * @param layers the layer generator
     * @param check the assertions on one layer
     */
    public static void forEachLayer(Tally tally, int tries, Gen<ReluLayer> layers, Consumer<ReluLayer> check) {
        qt(tries).forAll(layers).checkAssert(layer -> {
            tally.tried();
            tally.hitAll(Facts.ofLayer(layer));
            check.accept(layer);
        });
    }
}
