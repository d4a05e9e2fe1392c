/**
 * Implementation detail shared by core's packages; no compatibility promise.
 */
@NullMarked
package org.homewatch.core.internal;

import org.jspecify.annotations.NullMarked;
