/** Declaration ingestion on embedded PostgreSQL: raw JDBC, batch submission and concurrent single submissions. */
@NullMarked
package org.homewatch.benchmarks.ingest;

import org.jspecify.annotations.NullMarked;
