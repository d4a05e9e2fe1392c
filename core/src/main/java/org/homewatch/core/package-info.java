/**
 * Homewatch's engine. Start at {@link org.homewatch.core.Homewatch#builder()}. Packages by capability, each with a small public face; <code>internal</code> packages are implementation detail with no compatibility promise.
 */
@NullMarked
package org.homewatch.core;

import org.jspecify.annotations.NullMarked;
