package org.homewatch.storage.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homewatch.model.AccountId;
import org.homewatch.model.Address;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertId;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseId;
import org.homewatch.model.CasePeriod;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.MonitoringSummary;
import org.homewatch.model.NationalId;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.Severity;
import org.homewatch.model.Sex;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.storage.tck.Samples;

/** Model values for the JDBC tests: Gia Lai (GSO 2021 code 64), district Chư Sê (622), two of its communes. */
final class Fixtures {
  static final JurisdictionPath PROVINCE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64");
  static final JurisdictionPath DISTRICT = PROVINCE.child("622");
  static final JurisdictionPath COMMUNE = DISTRICT.child("23539");
  static final JurisdictionPath OTHER_COMMUNE = DISTRICT.child("23542");
  static final Instant T0 = Instant.parse("2021-08-20T01:00:00Z");

  private Fixtures() {}

  static IsolationCase isolationCase(JurisdictionPath commune, CaseStatus status) {
    Person person = new Person(PersonId.random(), "Nguyễn Văn  An", BirthDate.of(LocalDate.of(1950, 3, 4)), Sex.MALE,
        PhoneNumber.parse("0912 345 678"), Optional.of(new NationalId("064123456789")),
        new Address("12 Hùng Vương \"A\"\n", commune, Optional.of(GeoPoint.of(13.9876, 108.1234, 12.5))));
    return new IsolationCase(CaseId.random(), person, CaseCategory.F1,
        new QuarantineDecision("123/QĐ-UBND", "UBND xã Ia Pal", LocalDate.of(2021, 8, 19)),
        CasePeriod.planned(LocalDate.of(2021, 8, 20), LocalDate.of(2021, 9, 2)), status, commune,
        Set.of(RiskFactor.AGE_65_OR_OVER, RiskFactor.CHRONIC_DISEASE), IsolationCase.DEFAULT_ZONE,
        Optional.of("twice-daily"), Optional.of(PersonId.random()), Optional.empty(),
        new MonitoringSummary(Optional.of(T0), Severity.WATCH, Severity.ABNORMAL, 3),
        List.of(new CaseChange(T0, new AccountId("enroller-1"), CaseChange.Kind.REGISTERED, "from decision 123/QĐ-UBND")),
        T0, 0);
  }

  /** A declaration with every optional field set (the kit's, so that both test the same content). */
  static AssessedDeclaration declaration(CaseId caseId, Instant observedAt) {
    return Samples.fullDeclaration(caseId, observedAt);
  }

  static Alert alert(CaseId caseId, JurisdictionPath commune, Severity severity, Instant openedAt) {
    return Alert.opened(AlertId.random(), caseId, AlertKind.HEALTH, severity, commune, openedAt,
        openedAt.plusSeconds(1800), Optional.of(DeclarationId.random()), "SpO2 95 % ≤ 96 %");
  }

  static OutboxMessage message(Instant now) {
    Notification n = new Notification("alert-1/staff-1", new ContactPoint("sms", "+84912345678"), "alert.opened",
        Locale.forLanguageTag("vi-VN"), Map.of("case", "N. V. An", "spo2", "95"), "Cảnh báo: SpO2 95 %");
    return OutboxMessage.pending(COMMUNE, n, now);
  }
}
