/**
 * The citizen's side, as a story a portal would play: a person links their phone with a one-time code, sees their
 * household's cases and today's windows, and reads the health station's reply to their feedback
 * ({@link org.homewatch.examples.citizen.CitizenStory}).
 */
@NullMarked
package org.homewatch.examples.citizen;

import org.jspecify.annotations.NullMarked;
