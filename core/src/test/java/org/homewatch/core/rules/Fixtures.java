package org.homewatch.core.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.homewatch.model.AccountId;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseId;
import org.homewatch.model.Declaration;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.Submitter;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;

/** Declarations and case facts for rule tests. */
final class Fixtures {
  static final CaseId CASE = new CaseId(java.util.UUID.fromString("00000000-0000-0000-0000-000000000001"));
  static final Instant NOW = Instant.parse("2022-02-10T02:00:00Z"); // 09:00 in Vietnam
  static final LocalDate TODAY = LocalDate.of(2022, 2, 10);
  static final GeoPoint HOME = GeoPoint.of(13.9833, 108.0000);

  private Fixtures() {}

  static Declaration declaration(Vitals vitals, String... symptoms) {
    return declaration(NOW, vitals, symptoms);
  }

  static Declaration declaration(Instant at, Vitals vitals, String... symptoms) {
    return new Declaration(DeclarationId.random(), CASE, at, at, new Submitter(Submitter.Kind.SELF,
        new AccountId("citizen-1")), vitals, Arrays.stream(symptoms).map(Symptom::of).collect(Collectors.toSet()),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  static Declaration at(Declaration d, GeoPoint location) {
    return new Declaration(d.id(), d.caseId(), d.observedAt(), d.submittedAt(), d.submittedBy(), d.vitals(),
        d.symptoms(), d.note(), Optional.of(location), d.presence());
  }

  static CaseFacts adult() {
    return aged(40);
  }

  static CaseFacts aged(int years, RiskFactor... factors) {
    return new CaseFacts(CaseCategory.F0_HOME_CARE, BirthDate.of(TODAY.minusYears(years).minusDays(10)), TODAY,
        Set.of(factors), Optional.of(HOME));
  }

  static Vitals.Builder vitals() {
    return Vitals.builder();
  }

  static Instant daysAgo(int days, int hourLocal) {
    return TODAY.minusDays(days).atTime(hourLocal, 0).toInstant(ZoneOffset.ofHours(7));
  }
}
