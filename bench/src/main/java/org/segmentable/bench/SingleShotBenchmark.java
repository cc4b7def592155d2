package org.segmentable.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The measuring of the engine benchmarks that take seconds a shot: single-shot time in seconds,
 * two warm-up shots, three measured. JMH applies these annotations to every subclass; a subclass
 * adds its {@code @State} and its {@code @Fork} (which sets the heap it needs).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public abstract class SingleShotBenchmark {

    /** For subclasses. */
    protected SingleShotBenchmark() {
    }
}
