package org.homewatch.model;

import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;

/**
 * The person being monitored. Personal data: staff who need only numbers see it masked, and every read of it
 * in full is audited by core.
 *
 * @param fullName Vietnamese text, normalised to NFC so that "Nguyễn" typed on two keyboards compares equal
 * @param phone where reminders go and where staff call; E.164
 * @param nationalId the CCCD, if the person has one (children and foreigners may not)
 */
public record Person(
    PersonId id,
    String fullName,
    BirthDate birthDate,
    Sex sex,
    PhoneNumber phone,
    Optional<NationalId> nationalId,
    Address home) {

  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(nationalId, "nationalId");
    Objects.requireNonNull(home, "home");
    fullName = normalizeName(fullName);
    new Checks().notBlank("fullName", fullName).maxLength("fullName", fullName, 200).throwIfAny();
  }

  /** NFC, trimmed, inner runs of white space folded to one space. */
  public static String normalizeName(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
  }

  /** The name reduced to initials and the given name ("N. V. An"), for screens that need no more. */
  public String maskedName() {
    String[] parts = fullName.split(" ");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      sb.append(parts[i].codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
          StringBuilder::append)).append(". ");
    }
    return sb.append(parts[parts.length - 1]).toString();
  }
}
