/**
 * The command-line tool: the sub-commands ({@code render}, {@code analyze}, {@code gallery},
 * {@code completion}) declared for picocli, which parses them and generates their help, the
 * {@code --version} text and the bash completion script. A command checks its options, calls the
 * kernel and the figure library, and prints: one clear error message per failure (exit code 1 for
 * bad input, 2 for bad usage, {@link org.segmentable.cli.UsageErrors}) and no partial output files
 * ({@link org.segmentable.cli.Output}).
 */
package org.segmentable.cli;
