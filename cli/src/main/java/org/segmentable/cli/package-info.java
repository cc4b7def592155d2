/**
 * The command-line tool: argument parsing, the sub-commands ({@code render}, {@code analyze}, {@code gallery}),
 * one clear error message per failure and no partial output files.
 */
package org.segmentable.cli;
