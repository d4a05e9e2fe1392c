/**
 * Implementation detail of {@code org.homewatch.core.cases}; no compatibility promise.
 */
@NullMarked
package org.homewatch.core.cases.internal;

import org.jspecify.annotations.NullMarked;
