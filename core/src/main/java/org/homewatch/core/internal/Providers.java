package org.homewatch.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.homewatch.ConfigurationException;

/**
 * Finds a provider by name through {@link ServiceLoader} on an explicit class loader. Fails fast, and says what
 * to do: an unknown name lists the names found and the artifact to add; two providers of one name name both.
 */
public final class Providers {
  private Providers() {}

  public static <P> P find(Class<P> type, String name, java.util.function.Function<P, String> nameOf,
      ClassLoader classLoader, String artifactHint) {
    List<P> matches = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (P provider : ServiceLoader.load(type, classLoader)) {
      String providerName = nameOf.apply(provider);
      seen.add(providerName + " (" + provider.getClass().getName() + ")");
      if (providerName.equals(name)) {
        matches.add(provider);
      }
    }
    if (matches.isEmpty()) {
      throw new ConfigurationException("no " + type.getSimpleName() + " named '" + name + "' on the class path"
          + (seen.isEmpty() ? "" : "; found " + String.join(", ", seen))
          + ". Make sure to add it as a dependency" + (artifactHint.isEmpty() ? "" : " (e.g. " + artifactHint + ")")
          + ".");
    }
    if (matches.size() > 1) {
      throw new ConfigurationException("more than one " + type.getSimpleName() + " is named '" + name + "': "
          + matches.stream().map(p -> p.getClass().getName()).collect(Collectors.joining(", "))
          + ". Remove one of the jars or register the one you want explicitly.");
    }
    return matches.get(0);
  }
}
