/**
 * The Spring Boot starter: {@link org.homewatch.spring.boot.HomewatchAutoConfiguration} builds Homewatch from
 * {@code homewatch.*} properties ({@link org.homewatch.spring.boot.HomewatchProperties}) on the application's
 * DataSource, runs its background jobs on a TaskScheduler of their own and stops them gracefully, records metrics
 * on the application's MeterRegistry and adds a health indicator when Spring Boot Actuator is present.
 *
 * <p>Choices where the issue was silent: the background jobs do not borrow the application's {@code taskScheduler}
 * (a slow batch would hold up the application's own {@code @Scheduled} work, and a shutdown of ours would stop
 * theirs); they need {@code homewatch.scope}, so a node that should not run them sets
 * {@code homewatch.background.enabled=false}; the health indicator counts, it never names.
 */
@NullMarked
package org.homewatch.spring.boot;

import org.jspecify.annotations.NullMarked;
