/**
 * The storage compatibility kit (TCK): the contract every {@link org.homewatch.spi.storage.Storage} must keep,
 * as JUnit 5 tests. A storage's author adds one small test class:
 *
 * <pre>{@code
 * class MyStorageCompatibilityTest extends StorageCompatibilityKit {
 *   @Override
 *   protected Storage createStorage() {
 *     return MyStorage.inMemoryForTests();
 *   }
 * }
 * }</pre>
 *
 * <p>{@link org.homewatch.storage.tck.ModelGenerators} holds the QuickTheories generators the properties use, and
 * {@link org.homewatch.storage.tck.Samples} the plain builders behind them, for a provider's own tests.
 *
 * <h2>Optional stores</h2>
 * A store added to the SPI after the first eight is {@linkplain org.homewatch.spi.storage.OptionalStore optional}
 * and has its own contract class here. The kit runs it only against a storage that declares the store in
 * {@link org.homewatch.spi.storage.Storage#optionalStores()} (a JUnit assumption: for any other storage the tests
 * show as skipped, never as passed). To opt in, implement the store, return it from
 * {@link org.homewatch.spi.storage.StorageTransaction#store(Class)} and list its type in {@code optionalStores()};
 * the next run of your ten-line subclass of the kit checks it. The kit also checks that declaration and
 * transactions agree.
 *
 * <h2>What the kit assumes where the SPI is silent</h2>
 * <ul>
 *   <li>Lists whose documented order is only by time (feedback, audit, a case's declarations) are checked for
 *       that order and for exact content; how ties on the instant are broken is the storage's choice, as long as
 *       paging neither loses nor repeats an item.
 *   <li>Generated instants are whole milliseconds, which every SQL timestamp type keeps.
 *   <li>A message whose lease ends exactly at {@code now} is not checked either way.
 *   <li>Properties write each example under a fresh province with fresh ids, so they share the one storage a test
 *       gets and need no cleanup between examples.
 * </ul>
 */
@NullMarked
package org.homewatch.storage.tck;

import org.jspecify.annotations.NullMarked;
