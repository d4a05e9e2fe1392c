package org.homewatch.model;

import java.text.Normalizer;
import org.homewatch.ValidationException;

/**
 * An administrative unit: a province, district or commune, with its Vietnamese name (NFC). The path carries
 * the code, level and parent; they are not repeated here.
 */
public record Jurisdiction(JurisdictionPath path, String name) {
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

  public String code() {
    return path.code();
  }

  public JurisdictionLevel level() {
    return path.level();
  }

  public JurisdictionScheme scheme() {
    return path.scheme();
  }
}
