/**
 * The storage SPI: one {@link org.homewatch.spi.storage.Storage} handle, whose
 * {@link org.homewatch.spi.storage.Storage#inTransaction transactions} give the stores.
 *
 * <h2>Rules every store keeps (the storage TCK checks them)</h2>
 * <ul>
 *   <li><b>Transactions.</b> Everything done through one {@link org.homewatch.spi.storage.StorageTransaction}
 *       commits together or not at all; an exception thrown by the work rolls back every write and propagates
 *       unchanged.
 *   <li><b>Idempotent declarations.</b> Saving a declaration id that is already stored stores nothing and says
 *       {@link org.homewatch.spi.storage.InsertOutcome#ALREADY_PRESENT}.
 *   <li><b>Optimistic locking.</b> Updates carry the version the writer read; a stale one fails with
 *       {@link org.homewatch.ConflictException} and changes nothing. Stores set the new version to old + 1.
 *   <li><b>Scoped, keyset-paged lists.</b> Every query that lists people or their records takes a jurisdiction
 *       scope, filters inside the store (never after loading) and pages by an opaque keyset cursor (never OFFSET).
 *   <li><b>Leased outbox.</b> A message leased by one dispatcher is invisible to every other until its lease runs
 *       out, so several nodes may dispatch at once; a lease is renewed and completed only by its owner at the
 *       attempt it leased, and a dispatcher leases only messages about units inside its scope.
 *   <li><b>Errors.</b> Infrastructure failures are {@link org.homewatch.StorageException} with the driver's
 *       exception as the cause; stores never throw checked exceptions.
 * </ul>
 *
 * <h2>Threading</h2>
 * A {@link org.homewatch.spi.storage.Storage} is shared by all threads. A transaction and the stores it hands out
 * belong to the thread that runs the work and must not escape it.
 */
@NullMarked
package org.homewatch.spi.storage;

import org.jspecify.annotations.NullMarked;
