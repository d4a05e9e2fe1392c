/**
 * The implementation of the JDBC storage. Internal: not part of Homewatch's API, and may change in any release
 * without notice. {@code Sql} holds every statement; {@code Db} is the only class that prepares them.
 *
 * <p>Batching: {@code Db.batch} runs one statement over many rows as a JDBC batch (case updates, audit events; on
 * PostgreSQL {@code reWriteBatchedInserts=true} on the connection makes the driver send insert batches as multi-row
 * inserts). Declarations, whose every row needs its own outcome, go to PostgreSQL as one {@code INSERT ... SELECT *
 * FROM unnest(arrays) ON CONFLICT DO NOTHING RETURNING} statement built by {@code DeclarationColumns}.
 */
@NullMarked
package org.homewatch.storage.jdbc.internal;

import org.jspecify.annotations.NullMarked;
