/**
 * Implementation detail of {@code org.homewatch.core.schedule}: policy reading and local-time resolution. Not an
 * API; may change in any release.
 */
@NullMarked
package org.homewatch.core.schedule.internal;

import org.jspecify.annotations.NullMarked;
