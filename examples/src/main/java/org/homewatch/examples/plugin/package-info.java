/**
 * Example plugins: an alert channel (what a developer writes to add a medium: an SMS gateway, Zalo, a call
 * centre) and a presence verifier in front of an eKYC face-match service ({@code EkycPresenceVerifier}). They depend on the SPI
 * jar only, never on core; the ArchUnit rules in this module's tests keep it so.
 */
@NullMarked
package org.homewatch.examples.plugin;

import org.jspecify.annotations.NullMarked;
