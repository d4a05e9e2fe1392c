package org.homewatch.model;

import java.text.Normalizer;
import org.homewatch.ValidationException;

/**
 * An administrative unit: a province, district or commune, with its Vietnamese name (NFC). The path carries
 * the code, level and parent; they are not repeated here.
 *
 * @param path where the unit sits: scheme, codes, level and parent; never a national path
 * @param name the Vietnamese name, e.g. "Xã Ia Blang"; 1 to 200 characters of plain text, stored in NFC
 */
public record Jurisdiction(JurisdictionPath path, String name) {
  /**
   * Refuses a national path and a blank, long or non-plain name.
   *
   * @param path where the unit sits: scheme, codes, level and parent
   * @param name the Vietnamese name, e.g. "Xã Ia Blang"
   * @throws org.homewatch.ValidationException if the path is national or the name is not acceptable
   */
  public Jurisdiction {
    Checks.required(path, "path");
    Checks.required(name, "name");
    if (path.isNational()) {
      throw ValidationException.of("path", "homewatch.validation.jurisdiction.national",
          "the whole country (" + path + ") is a scope, not a unit to store");
    }
    name = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    new Checks().notBlank("name", name).maxLength("name", name, 200).plainText("name", name, false).throwIfAny();
  }

  /**
   * The unit's own code, e.g. GSO's {@code 23539}.
   *
   * @return the last code of the path
   */
  public String code() {
    return path.code();
  }

  /**
   * The unit's level: province, district or commune.
   *
   * @return the level of the path
   */
  public JurisdictionLevel level() {
    return path.level();
  }

  /**
   * The scheme the unit's code belongs to.
   *
   * @return the path's scheme
   */
  public JurisdictionScheme scheme() {
    return path.scheme();
  }
}
