/**
 * The implementation of the JDBC storage. Internal: not part of Homewatch's API, and may change in any release
 * without notice. {@code Sql} holds every statement; {@code Db} is the only class that prepares them.
 */
@NullMarked
package org.homewatch.storage.jdbc.internal;

import org.jspecify.annotations.NullMarked;
