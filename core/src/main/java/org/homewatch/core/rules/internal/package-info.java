/**
 * Implementation detail of the rules package; no compatibility promise.
 */
@NullMarked
package org.homewatch.core.rules.internal;

import org.jspecify.annotations.NullMarked;
