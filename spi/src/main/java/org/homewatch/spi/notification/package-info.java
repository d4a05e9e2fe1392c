/**
 * The notification SPI: alert channels (SMS gateways, Zalo, e-mail, push, a province's call centre) that
 * deliver what Homewatch has to say to staff and to people in quarantine.
 *
 * <p>Core never calls a channel inside a business transaction: notifications are written to the outbox with the
 * event that caused them and handed to {@link org.homewatch.spi.notification.AlertChannel#send} after commit,
 * by a dispatcher that retries with backoff. A channel therefore reports failure as a
 * {@link org.homewatch.spi.notification.DeliveryResult}, and should honour
 * {@link org.homewatch.spi.notification.Notification#idempotencyKey()} so that a retry after a crash does not
 * reach a person twice.
 */
@NullMarked
package org.homewatch.spi.notification;

import org.jspecify.annotations.NullMarked;
