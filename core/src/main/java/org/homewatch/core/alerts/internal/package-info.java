/**
 * Implementation detail of alerts; no compatibility promise.
 */
@NullMarked
package org.homewatch.core.alerts.internal;

import org.jspecify.annotations.NullMarked;
