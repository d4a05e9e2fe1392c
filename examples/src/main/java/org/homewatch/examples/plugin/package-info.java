/**
 * An example alert-channel plugin: what a developer writes to add a medium (an SMS gateway, Zalo, a call
 * centre). It depends on the SPI jar only, never on core; the ArchUnit rules in this module's tests keep it so.
 */
@NullMarked
package org.homewatch.examples.plugin;

import org.jspecify.annotations.NullMarked;
