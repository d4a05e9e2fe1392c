package org.homewatch.spi.identity;

import java.util.Optional;
import org.homewatch.model.Principal;

/**
 * Turns the portal's authenticated user into a {@link Principal} with roles and jurisdiction scope. Called by
 * the integrator's web layer on every request (Homewatch itself never authenticates anyone). Thread-safe.
 */
public interface PrincipalResolver {
  /**
   * @param subject the authenticated subject as the portal's login knows it
   * @return the principal, or empty if the subject has no (active) account here
   * @throws org.homewatch.StorageException if the account source cannot be read
   */
  Optional<Principal> resolve(String subject);
}
