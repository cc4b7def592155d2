/**
 * Shared plumbing of the property suite: the QuickTheories settings (tries per property, seed
 * replay) and an independent double-precision JTS oracle built without the kernel's converter.
 */
package org.segmentable.properties.support;
