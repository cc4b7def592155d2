/**
 * Benchmarks of the deep-network linear regions ({@code org.segmentable.deep}): a JMH benchmark
 * and a wall-clock main for long runs.
 */
package org.segmentable.bench.deep;
