package org.homewatch.storage.jdbc.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.homewatch.model.JurisdictionPath;

/** Turns scopes and filter sets into bound values. */
public final class Scopes {
  private Scopes() {}

  /**
   * The LIKE pattern selecting a unit and everything below it ({@link JurisdictionPath#key()} is a prefix of
   * theirs). Escaped with the backslash, the default LIKE escape of both PostgreSQL and H2: {@code _} in the scheme
   * name must not act as a wildcard. No ESCAPE clause on purpose: PostgreSQL turns a pattern with an ESCAPE clause
   * into a function call and then cannot derive the index range from the prefix.
   */
  public static String subtree(JurisdictionPath scope) {
    return scope.key().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  /** The names of the wanted enum values, or of every value when none is asked for ("empty means any"). */
  public static <E extends Enum<E>> List<String> namesOrAll(Collection<E> wanted, E[] all) {
    List<String> names = new ArrayList<>();
    if (wanted.isEmpty()) {
      for (E e : all) {
        names.add(e.name());
      }
    } else {
      for (E e : wanted) {
        names.add(e.name());
      }
    }
    return names;
  }
}
