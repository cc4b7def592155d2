/**
 * Tests of the libraries as a user meets them: a modular application that requires
 * {@code org.segmentable.kernel} and {@code org.segmentable.render.svg} resolves against the built
 * jars, and the README's library snippet compiles and prints what its comments say.
 */
package org.segmentable.consumer;
