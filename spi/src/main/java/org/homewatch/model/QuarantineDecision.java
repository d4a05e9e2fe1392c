package org.homewatch.model;

import java.text.Normalizer;
import java.time.LocalDate;

/**
 * The quarantine decision (quyết định cách ly) a case is registered from: its number as printed, e.g.
 * {@code 123/QĐ-UBND}, the issuing body and the date it was signed.
 *
 * @param number its number as printed; 1 to 64 characters, stored in NFC
 * @param issuer the body that signed it, e.g. "UBND huyện Chư Sê"; 1 to 200 characters, stored in NFC
 * @param issuedOn the day it was signed
 */
public record QuarantineDecision(String number, String issuer, LocalDate issuedOn) {
  /**
   * Normalises the texts and validates them and the date, collecting every violation.
   *
   * @param number its number as printed
   * @param issuer the body that signed it, e.g. "UBND huyện Chư Sê"
   * @param issuedOn the day it was signed
   * @throws org.homewatch.ValidationException if a part is blank, too long, not plain text, or the date out of range
   */
  public QuarantineDecision {
    Checks.required(number, "number");
    Checks.required(issuer, "issuer");
    Checks.required(issuedOn, "issuedOn");
    number = Normalizer.normalize(number.strip(), Normalizer.Form.NFC);
    issuer = Normalizer.normalize(issuer.strip(), Normalizer.Form.NFC);
    new Checks()
        .notBlank("decision.number", number).maxLength("decision.number", number, 64)
        .notBlank("decision.issuer", issuer).maxLength("decision.issuer", issuer, 200)
        .plainText("decision.number", number, false).plainText("decision.issuer", issuer, false)
        .require(issuedOn.getYear() >= 1 && issuedOn.getYear() <= 9999, "decision.issuedOn",
            "homewatch.validation.date", "the decision date must be a day of the years 1 to 9999, was " + issuedOn)
        .throwIfAny();
  }
}
