/**
 * The identity SPI: who is acting ({@link org.homewatch.spi.identity.PrincipalResolver}), who is on duty to be
 * told about alerts ({@link org.homewatch.spi.identity.StaffDirectory}), and whether the person who answered a spot
 * check is the person in quarantine ({@link org.homewatch.spi.identity.PresenceVerifier}, a province's face-match
 * or eKYC service). A default account-based resolver and directory live in core, backed by the account store; an
 * integrator plugs in its own staff directory with {@code Homewatch.Builder.staffDirectory(..)} and its verifier
 * with {@code Homewatch.Builder.presenceVerifier(..)} (there is no default verifier: without one, no spot check
 * passes).
 *
 * <p>Only what core calls is here. Discovery of identity services by name is not part of the SPI until core calls
 * it.
 */
@NullMarked
package org.homewatch.spi.identity;

import org.jspecify.annotations.NullMarked;
