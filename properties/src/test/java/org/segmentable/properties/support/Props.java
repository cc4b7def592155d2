package org.segmentable.properties.support;

import org.quicktheories.QuickTheory;

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
}
