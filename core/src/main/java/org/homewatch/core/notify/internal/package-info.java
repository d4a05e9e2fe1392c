/**
 * Implementation detail of notifications; no compatibility promise.
 */
@NullMarked
package org.homewatch.core.notify.internal;

import org.jspecify.annotations.NullMarked;
