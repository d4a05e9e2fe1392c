/**
 * The identity SPI: who is acting ({@link org.homewatch.spi.identity.PrincipalResolver}) and who is on duty to be
 * told about alerts ({@link org.homewatch.spi.identity.StaffDirectory}). A default account-based implementation
 * lives in core, backed by the account store; an integrator plugs in its own staff directory with
 * {@code Homewatch.Builder.staffDirectory(..)}.
 *
 * <p>Only what core calls is here. A face/liveness verifier and discovery of identity services by name are not
 * part of the SPI until core calls them: today a portal runs its own verifier and attaches the outcome to the
 * declaration as a {@link org.homewatch.model.PresenceCheck}, which core stores and reads (spot checks) but does
 * not produce.
 */
@NullMarked
package org.homewatch.spi.identity;

import org.jspecify.annotations.NullMarked;
