package org.homewatch.spi.storage;

/**
 * Marks a store that a storage may offer or not: the stores added to the SPI after its first eight. A storage
 * that offers one lists its type in {@link Storage#optionalStores()} and hands it out from
 * {@link StorageTransaction#store(Class)}; a storage written before the store existed keeps compiling and
 * working, and core refuses to build only if a feature it is asked to run needs the missing store.
 *
 * <p>Every optional store is an interface in this package that extends this one, with a contract in the storage
 * TCK that runs exactly when the storage under test declares the store.
 */
public interface OptionalStore {}
