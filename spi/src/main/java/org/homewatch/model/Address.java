package org.homewatch.model;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Where a person stays during home quarantine: the street line as written, the commune it lies in (a
 * commune-level path), and the home position if the person shared it at registration (VHD asked for it, to
 * warn when someone declares away from home).
 *
 * @param line the street line as the person gave it; 1 to 300 characters of plain text, stored in NFC
 * @param commune the commune (or a district without communes) the address lies in
 * @param home the home's position, if shared at registration
 */
public record Address(String line, JurisdictionPath commune, Optional<GeoPoint> home) {
  /**
   * Normalises the line and validates it and the commune, collecting every violation.
   *
   * @param line the street line as the person gave it
   * @param commune the commune (or a district without communes) the address lies in
   * @param home the home's position, if shared at registration
   * @throws org.homewatch.ValidationException if the line is blank, too long or not plain text, or the unit holds no
   *     people
   */
  public Address {
    Checks.required(line, "line");
    Checks.required(commune, "commune");
    Checks.required(home, "home");
    line = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
    new Checks()
        .notBlank("address.line", line)
        .maxLength("address.line", line, 300)
        .plainText("address.line", line, false)
        .require(commune.holdsPeople(), "address.commune", "homewatch.validation.address.commune",
            "the address must name a commune (or a district without communes), was " + commune)
        .throwIfAny();
  }
}
