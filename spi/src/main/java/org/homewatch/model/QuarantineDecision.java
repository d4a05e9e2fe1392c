package org.homewatch.model;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The quarantine decision (quyết định cách ly) a case is registered from: its number as printed, e.g.
 * {@code 123/QĐ-UBND}, the issuing body and the date it was signed.
 */
public record QuarantineDecision(String number, String issuer, LocalDate issuedOn) {
  public QuarantineDecision {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(issuedOn, "issuedOn");
    number = Normalizer.normalize(number.strip(), Normalizer.Form.NFC);
    issuer = Normalizer.normalize(issuer.strip(), Normalizer.Form.NFC);
    new Checks()
        .notBlank("decision.number", number).maxLength("decision.number", number, 64)
        .notBlank("decision.issuer", issuer).maxLength("decision.issuer", issuer, 200)
        .throwIfAny();
  }
}
