package org.homewatch.core.alerts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.homewatch.core.notify.Texts;
import org.homewatch.core.notify.internal.BundleNotificationComposer;
import org.homewatch.model.Address;
import org.homewatch.model.AlertKind;
import org.homewatch.model.Assessment;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseId;
import org.homewatch.model.CasePeriod;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.Evidence;
import org.homewatch.model.Finding;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.RuleSetRef;
import org.homewatch.model.Severity;
import org.homewatch.model.Sex;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FindingSummaryTest {
  private static final Instant AT = Instant.parse("2021-08-16T01:00:00Z");
  private static final FindingSummary SUMMARY = new FindingSummary(new BundleNotificationComposer(), Texts.shipped());
  private static final Locale VI = Person.VIETNAMESE;

  private static Finding vital(String id, Severity s, String subject, String observed) {
    return new Finding(id, s, AlertKind.HEALTH, id, List.of(new Evidence(subject, observed, "<=", "96")));
  }

  private static Finding sign(String key, Severity s) {
    return new Finding(key, s, AlertKind.HEALTH, key, List.of(new Evidence("symptoms", "x", "present", "")));
  }

  private static Assessment assessment(Finding... findings) {
    return new Assessment(DeclarationId.random(), CaseId.random(), Severity.EMERGENCY, List.of(findings),
        new RuleSetRef("t", 1), AT);
  }

  /** A case of a person born on {@code born}. */
  private static IsolationCase caseOf(LocalDate born) {
    JurisdictionPath commune = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64", "633", "23941");
    Person person = new Person(PersonId.random(), "Nguyễn Văn A", BirthDate.of(born), Sex.MALE,
        PhoneNumber.parse("0905123456"), Optional.empty(), new Address("Thôn 1", commune, Optional.empty()));
    return IsolationCase.builder().id(CaseId.random()).person(person).category(CaseCategory.F1)
        .decision(new QuarantineDecision("12/QĐ-UBND", "UBND huyện Chư Sê", LocalDate.of(2021, 8, 16)))
        .period(CasePeriod.planned(LocalDate.of(2021, 8, 16), LocalDate.of(2021, 8, 29)))
        .status(CaseStatus.ACTIVE).responsibleUnit(commune).createdAt(AT).build();
  }

  private static final IsolationCase ADULT = caseOf(LocalDate.of(1985, 3, 1));

  @Test
  @DisplayName("measurements come first, each once, then the signs in words; at most three, the rest counted")
  void shortLine() {
    Assessment a = assessment(
        vital("spo2", Severity.ABNORMAL, "spo2Percent", "93"),
        vital("spo2.emergency", Severity.EMERGENCY, "spo2Percent", "93"),
        vital("rr", Severity.ABNORMAL, "respiratoryRatePerMinute", "24"),
        sign("rules.breathing", Severity.ABNORMAL),
        sign("rules.symptoms.common", Severity.WATCH),
        new Finding("offsite", Severity.ABNORMAL, AlertKind.OFF_SITE, "offsite", List.of()));
    assertEquals("SpO2 93 %; breathing 24/min; Shortness of breath, laboured or abnormal breathing (+1 more signs)",
        SUMMARY.summarize(a, AlertKind.HEALTH, ADULT, Locale.ENGLISH));
  }

  @Test
  @DisplayName("Vietnamese is the default wording")
  void vietnamese() {
    assertEquals("nhịp thở 24/phút", SUMMARY.summarize(
        assessment(vital("rr", Severity.ABNORMAL, "respiratoryRatePerMinute", "24")), AlertKind.HEALTH, ADULT,
        new Locale("vi", "VN")));
  }

  @Test
  @DisplayName("an adult's breathing sign lists adult signs only; a child's (under 16 on the day) lists the "
      + "children's signs of MoH 261, in Vietnamese and in English")
  void adultAndChildSigns() {
    Assessment breathing = assessment(sign("rules.breathing", Severity.ABNORMAL));
    String adultVi = SUMMARY.summarize(breathing, AlertKind.HEALTH, ADULT, VI);
    assertEquals("Khó thở, thở hụt hơi hoặc thở bất thường", adultVi);
    assertFalse(adultVi.contains("trẻ"), adultVi);
    assertEquals("Shortness of breath, laboured or abnormal breathing",
        SUMMARY.summarize(breathing, AlertKind.HEALTH, ADULT, Locale.ENGLISH));

    IsolationCase child = caseOf(LocalDate.of(2015, 8, 17)); // 5 the day before the declaration
    assertEquals("Khó thở: trẻ thở rên, rút lõm lồng ngực, phập phồng cánh mũi, khò khè hoặc thở rít khi hít vào",
        SUMMARY.summarize(breathing, AlertKind.HEALTH, child, VI));
    assertEquals("Breathing difficulty: the child grunts, the chest draws in, the nostrils flare, or the child "
        + "wheezes or has stridor", SUMMARY.summarize(breathing, AlertKind.HEALTH, child, Locale.ENGLISH));

    IsolationCase sixteenToday = caseOf(LocalDate.of(2005, 8, 16));
    assertEquals("Khó thở, thở hụt hơi hoặc thở bất thường",
        SUMMARY.summarize(breathing, AlertKind.HEALTH, sixteenToday, VI), "16 on the day reads the adult text");
    IsolationCase sixteenTomorrow = caseOf(LocalDate.of(2005, 8, 17));
    assertEquals("Thay đổi ý thức: trẻ quấy khóc, li bì khó đánh thức hoặc co giật", SUMMARY.summarize(
        assessment(sign("rules.consciousness", Severity.EMERGENCY)), AlertKind.HEALTH, sixteenTomorrow, VI));
  }
}
