package org.homewatch.spi.identity;

import java.util.Map;

/**
 * Makes the identity services from configuration, for discovery by name through
 * {@code META-INF/services/org.homewatch.spi.identity.IdentityProvider}. Needs a public no-argument constructor.
 */
public interface IdentityProvider {
  String name();

  /** @throws org.homewatch.ConfigurationException for bad or missing settings, naming the key */
  Identity create(Map<String, String> config);

  /** What an identity provider supplies. */
  interface Identity {
    PrincipalResolver principals();

    StaffDirectory staff();
  }
}
