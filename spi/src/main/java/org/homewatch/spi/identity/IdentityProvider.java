package org.homewatch.spi.identity;

import java.util.Optional;

/**
 * The portal's own login, mapped onto Homewatch: tells which staff account or which person an external subject
 * (a VNeID or single-sign-on subject, a login name) is. Registered with {@code Homewatch.builder()
 * .identityProvider(..)}; {@code homewatch.principals().resolve(subject)} asks it first and makes the principal
 * itself (the roles and scope of a staff account from the account store, a citizen's home commune from the
 * person's case), so a provider can say who someone is but never what they may do. For a subject it returns empty
 * for, resolution goes on with the account store and the citizens' one-time-code links.
 *
 * <p>Called on every request the portal resolves, from any thread: implementations are thread-safe, fast (cache
 * what a directory lookup costs) and never return null.
 */
public interface IdentityProvider {
  /**
   * Who {@code subject} is.
   *
   * @param subject the authenticated subject as the portal's login knows it, never blank
   * @return a staff account or a person, or empty if this provider does not know the subject
   */
  Optional<ExternalIdentity> identify(String subject);
}
