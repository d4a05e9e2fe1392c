/**
 * Reports as files officials open without help: CSV ({@link org.homewatch.core.reports.export.CsvExport}, UTF-8
 * with a byte-order mark so that Excel shows Vietnamese), and one self-contained HTML page
 * ({@link org.homewatch.core.reports.export.HtmlExport}: inline SVG charts and styles, no script, no font, no
 * link to fetch, so it opens from an e-mail attachment or a USB stick offline). XLSX lives in the module
 * {@code homewatch-reports-xlsx}, so that Apache POI stays off core's class path.
 *
 * <p>Every export writes the tables of {@link org.homewatch.core.reports.export.ReportTables}: the same rows under
 * the same headers, Vietnamese by default, English on request. The commune table is sorted worst first: the lowest
 * compliance rate first (a commune where no slot was expected has no rate and comes after those that have one),
 * then the most escalations (alerts nobody at the station answered in time), then the most alerts opened, then the
 * commune code. A report carries no personal data, so neither does any export.
 */
@NullMarked
package org.homewatch.core.reports.export;

import org.jspecify.annotations.NullMarked;
