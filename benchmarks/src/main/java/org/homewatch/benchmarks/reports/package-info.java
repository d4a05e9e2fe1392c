/** Reports: a province's report read from counters against the same report as one aggregate over raw tables. */
package org.homewatch.benchmarks.reports;
