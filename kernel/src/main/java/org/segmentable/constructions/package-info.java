/**
 * Exact constructions: intersection points of lines and segments as exact rationals. The signs
 * that decide whether an intersection exists come from {@code predicates}.
 */
package org.segmentable.constructions;
