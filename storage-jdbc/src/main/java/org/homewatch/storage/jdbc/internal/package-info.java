/**
 * The implementation of the JDBC storage. Internal: not part of Homewatch's API, and may change in any release
 * without notice. {@code Sql} holds every statement; {@code Db} is the only class that prepares them.
 *
 * <p>Batching: {@code Db.batch} runs one statement over many rows as a JDBC batch, and each store binds its rows
 * through one static method (e.g. {@code JdbcDeclarationStore.bind}), so a batched insert needs no new SQL. On
 * PostgreSQL, {@code reWriteBatchedInserts=true} on the connection makes the driver send such a batch as multi-row
 * inserts.
 */
@NullMarked
package org.homewatch.storage.jdbc.internal;

import org.jspecify.annotations.NullMarked;
