/** Runnable examples of embedding Homewatch; each is executed by a test. */
@NullMarked
package org.homewatch.examples;

import org.jspecify.annotations.NullMarked;
