/**
 * The in-memory storage: every store of the storage SPI kept in the heap, for tests, demos and small
 * deployments. Create one with {@link org.homewatch.storage.memory.MemoryStorage#create()}, or by name
 * ({@code memory}) through {@link org.homewatch.storage.memory.MemoryStorageProvider}.
 *
 * <h2>Choices</h2>
 * <ul>
 *   <li><b>One lock, serial transactions.</b> A transaction holds one {@link java.util.concurrent.locks.ReentrantLock}
 *       from start to end, so transactions are serializable and a nested call on the same thread joins the outer
 *       one. Work in memory is short (microseconds), so the lock is not the bottleneck a lock held across network
 *       calls would be; nothing in a transaction may wait for another thread's transaction.
 *   <li><b>Undo log.</b> Every write records how to undo itself; a transaction whose work throws replays the log
 *       backwards, then rethrows the work's exception unchanged.
 *   <li><b>Indexes for every list.</b> Scoped lists are kept per unit (and per status) in maps sorted in the
 *       list's order, selected by a prefix range on {@link org.homewatch.model.JurisdictionPath#key()} and merged,
 *       so a page costs O(units in scope + page size), not a scan of the table. Cases and alerts also keep each
       status partition whole: a scope holding at least a quarter of it (a province-wide sweep) walks that
 *       instead of merging hundreds of communes.
 *   <li><b>Cursors</b> are opaque Base64url strings of the last item's sort key; a cursor that does not decode is
 *       a {@link org.homewatch.ValidationException} on {@code after}.
 *   <li>Stored records are the immutable model records themselves: nothing is copied on read or write.
 * </ul>
 */
@NullMarked
package org.homewatch.storage.memory;

import org.jspecify.annotations.NullMarked;
