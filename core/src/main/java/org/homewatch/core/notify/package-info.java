/**
 * The notification outbox: composing localised notifications and dispatching them after commit through the registered alert channels, with leases, retries and backoff.
 */
@NullMarked
package org.homewatch.core.notify;

import org.jspecify.annotations.NullMarked;
