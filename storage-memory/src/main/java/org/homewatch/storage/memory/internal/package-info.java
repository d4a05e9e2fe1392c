/**
 * Implementation detail of the in-memory storage: the tables, their indexes, the transaction engine. Not an API;
 * it may change in any release.
 */
@NullMarked
package org.homewatch.storage.memory.internal;

import org.jspecify.annotations.NullMarked;
