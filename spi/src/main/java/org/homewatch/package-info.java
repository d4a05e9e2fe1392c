/**
 * The exception tree of Homewatch: one unchecked root, {@link org.homewatch.HomewatchException}, and a
 * subclass named for each thing that can fail. Delivery failures of notifications are results
 * ({@link org.homewatch.spi.notification.DeliveryResult}), never exceptions.
 */
@NullMarked
package org.homewatch;

import org.jspecify.annotations.NullMarked;
