/**
 * The identity SPI: who is acting ({@link org.homewatch.spi.identity.PrincipalResolver}), who is on duty to be
 * told about alerts ({@link org.homewatch.spi.identity.StaffDirectory}), and whether a person is who and where they
 * say ({@link org.homewatch.spi.identity.PresenceVerifier}, a plugin: Homewatch does no biometrics itself).
 * A default account-based implementation lives in core, backed by the account store.
 */
@NullMarked
package org.homewatch.spi.identity;

import org.jspecify.annotations.NullMarked;
