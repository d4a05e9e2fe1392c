/** The citizens capability's own parts; not for other capabilities (use the public types of {@code citizens}). */
@NullMarked
package org.homewatch.core.citizens.internal;

import org.jspecify.annotations.NullMarked;
