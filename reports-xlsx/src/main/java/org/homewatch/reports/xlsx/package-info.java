/**
 * Reports as XLSX workbooks ({@link org.homewatch.reports.xlsx.XlsxExport}), in a module of their own so that
 * Apache POI is on the class path only of the portals that want Excel files. The tables are core's
 * {@code ReportTables}, the same as the CSV and HTML exports.
 */
@NullMarked
package org.homewatch.reports.xlsx;

import org.jspecify.annotations.NullMarked;
