/** The feedback capability's own parts; not for other capabilities (use the public types of {@code feedback}). */
@NullMarked
package org.homewatch.core.feedback.internal;

import org.jspecify.annotations.NullMarked;
