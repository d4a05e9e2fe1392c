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
 *       {@link org.homewatch.spi.storage.InsertOutcome#ALREADY_PRESENT}; the transaction stays usable.
 *   <li><b>Optimistic locking.</b> Updates carry the version the writer read; a stale one fails with
 *       {@link org.homewatch.ConflictException} and changes nothing. Stores set the new version to old + 1.
 *   <li><b>Scoped, keyset-paged lists.</b> Every query that lists people or their records takes a jurisdiction
 *       scope, filters inside the store (never after loading) and pages by an opaque keyset cursor (never OFFSET).
 *   <li><b>Cursors.</b> A page cursor is the storage's own text: a storage accepts in
 *       {@link org.homewatch.model.PageRequest#after()} only a cursor it issued itself (from
 *       {@link org.homewatch.model.Page#next()} of the same list), and refuses any other text with a
 *       {@link org.homewatch.ValidationException} that concerns the field {@code after}, before reading anything.
 *       A cursor is not a place to smuggle a filter or an offset: decoding garbage into a key would page from an
 *       arbitrary place, or fail deep in a driver with a {@code StorageException} the portal cannot act on.
 *   <li><b>Leased outbox.</b> A message leased by one dispatcher is invisible to every other until its lease runs
 *       out, so several nodes may dispatch at once; a lease is renewed and completed only by its owner at the
 *       attempt it leased, and a dispatcher leases only messages about units inside its scope.
 *   <li><b>Errors.</b> Infrastructure failures are {@link org.homewatch.StorageException} with the driver's
 *       exception as the cause; stores never throw checked exceptions.
 * </ul>
 *
 * <h2>Mandatory and optional stores</h2>
 * The eight stores with getters on {@link org.homewatch.spi.storage.StorageTransaction} (cases, declarations,
 * alerts, outbox, feedback, accounts, jurisdictions, audit) are mandatory: every storage has them. Every store
 * added after them is {@link org.homewatch.spi.storage.OptionalStore optional}: a storage that offers it lists
 * its type in {@link org.homewatch.spi.storage.Storage#optionalStores()} and returns it from
 * {@link org.homewatch.spi.storage.StorageTransaction#store(Class)}; a storage that does not is unchanged and
 * still compiles and works. Core checks when a {@code Homewatch} is built: a storage that lacks a store a
 * configured feature needs is refused with a {@link org.homewatch.ConfigurationException} naming the store and
 * the feature (for example {@link org.homewatch.spi.storage.SpotCheckStore}, which spot checks need).
 *
 * <h2>How the SPI grows without breaking providers</h2>
 * <ul>
 *   <li><b>A new store</b> is a new interface here extending {@code OptionalStore}, never a new abstract getter on
 *       {@code StorageTransaction}. With it come: its model records in {@code org.homewatch.model}; a contract
 *       class in the storage TCK that runs only against storages that declare the store; an implementation in
 *       each storage this project ships (memory, and JDBC with a new Flyway migration); the capability in core
 *       that uses it, which names the store among what it needs at build time. Third-party storages see no
 *       change until they choose to offer the store.
 *   <li><b>A new method on an existing store</b> has a default that keeps the old behaviour correct, written in
 *       terms of the store's other methods (as {@link org.homewatch.spi.storage.CaseStore#findAll} and
 *       {@link org.homewatch.spi.storage.DeclarationStore#insertAll} are); storages override it for speed.
 *       One exception, written down: {@link org.homewatch.spi.storage.AccountStore#inScope} cannot be written in
 *       terms of the account store's other methods (none enumerates accounts), so its default refuses with a
 *       {@code ConfigurationException} naming the method; only the scheme migration's account batches call it,
 *       and the TCK checks it on every storage that implements it. {@link
 *       org.homewatch.spi.storage.AccountStore#list} (an administrator's account list) has a correct default built
 *       on {@code inScope}, so it refuses only where {@code inScope} does.
 *   <li><b>A new component of a model record</b> keeps the record's previous constructor (deprecated, delegating
 *       with a value that means "as before"), gets a new nullable column in a new migration, and is generated by
 *       the TCK's samples so that every storage proves it round-trips: the steps are in the
 *       {@link org.homewatch.model model package} documentation.
 * </ul>
 *
 * <h2>Threading</h2>
 * A {@link org.homewatch.spi.storage.Storage} is shared by all threads. A transaction and the stores it hands out
 * belong to the thread that runs the work and must not escape it.
 */
@NullMarked
package org.homewatch.spi.storage;

import org.jspecify.annotations.NullMarked;
