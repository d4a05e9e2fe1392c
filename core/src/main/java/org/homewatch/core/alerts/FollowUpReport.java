package org.homewatch.core.alerts;

/**
 * What one batch of {@link AlertService#followUpUnresolved} did.
 *
 * @param due acknowledged alerts past their resolve-by deadline that the batch looked at
 * @param reminded handlers reminded to resolve
 * @param escalated alerts that went up unresolved (reminded before, or whose handler could not be reached)
 */
public record FollowUpReport(int due, int reminded, int escalated) {}
