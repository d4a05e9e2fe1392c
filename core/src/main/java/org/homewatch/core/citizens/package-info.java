/**
 * The citizen's side: linking a citizen's login to the person they are ({@link
 * org.homewatch.core.citizens.CitizenLinking}, by a one-time code sent to their phone; or the portal's own login
 * through an {@link org.homewatch.spi.identity.IdentityProvider}), and what a citizen sees of their own monitoring
 * ({@link org.homewatch.core.citizens.CitizenService}).
 *
 * <p>Choices made where the issue is silent, for a careful health-data library:
 * <ul>
 *   <li>A code is bound to the login that asked for it and to the phone (both go into its HMAC), so a code read off
 *       someone else's screen links nothing for another session; only a phone's latest code counts.
 *   <li>A number that belongs to no case in the served unit is answered like any other but sent nothing, so the
 *       answer does not tell who is in quarantine; the audit says what happened.
 *   <li>A number several people share links the household head of all the others, else nobody (staff fix the data):
 *       a wrong guess would show one person another's case.
 *   <li>Attempts on a used, expired or exhausted code are counted too: every attempt is one, and every one is
 *       audited (phone masked, never the code).
 *   <li>A login links one person at a time; linking again with a new code moves it. A link resolves while its person
 *       has a case: it is not a separate account to administer, and it ends with the person's data.
 *   <li>Resolution asks the integrator's {@link org.homewatch.spi.identity.IdentityProvider} first, then staff
 *       accounts, then code links; the provider says who someone is, never their roles or scope.
 *   <li>The citizen's views are the person's own: staff read cases through the staff operations, audited as such.
 * </ul>
 */
@NullMarked
package org.homewatch.core.citizens;

import org.jspecify.annotations.NullMarked;
