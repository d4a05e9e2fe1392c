/**
 * Alerts: opened and raised from assessments, acknowledged and resolved by health-station staff, escalated up the jurisdiction tree when nobody answers in time.
 */
@NullMarked
package org.homewatch.core.alerts;

import org.jspecify.annotations.NullMarked;
