package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.Address;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseId;
import org.homewatch.model.CasePeriod;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.Declaration;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackId;
import org.homewatch.model.FeedbackStatus;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Role;
import org.homewatch.model.Severity;
import org.homewatch.model.Sex;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The other half of the bad-input rule (issue 10): the model refuses what no storage may receive (control
 * characters, over-long texts, dates outside the years 1 to 9999), and every storage stores alike what the model
 * accepts, up to its limits: the longest texts, letters outside the Basic Multilingual Plane, line breaks in
 * messages, the earliest and latest dates.
 */
abstract class InputRoundTripContract extends StoreContract {
  /** Vietnamese with every tone, a letter outside the BMP (a surrogate pair) and an emoji. */
  private static final String LETTERS = "Nguyễn Thị Hoà Ỷ Lan Đặng Quốc Bảo 𠀧 😷 ";

  InputRoundTripContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  private static String longest(int length) {
    StringBuilder sb = new StringBuilder(length);
    while (sb.length() < length) {
      sb.append(LETTERS);
    }
    String s = sb.substring(0, length);
    // never end on half a surrogate pair, nor on a space (the model strips)
    return Character.isHighSurrogate(s.charAt(length - 1)) || s.charAt(length - 1) == ' '
        ? s.substring(0, length - 1) + "a" : s;
  }

  @Test
  @DisplayName("a case with the longest name and address, letters beyond the BMP and the extreme dates reads back equal")
  void extremeCase() {
    Person person = new Person(PersonId.random(), longest(200), BirthDate.ofYear(1880), Sex.OTHER,
        new PhoneNumber("+84912345678"), Optional.empty(),
        new Address(longest(300), Samples.CHU_SE_TOWN, Optional.empty()));
    IsolationCase base = Samples.isolationCase(CaseId.random(), person, Samples.CHU_SE_TOWN, CaseStatus.ACTIVE,
        CaseCategory.OTHER, Severity.NORMAL);
    IsolationCase extreme = base.toBuilder()
        .period(CasePeriod.planned(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))).build();
    write(tx -> tx.cases().insert(extreme));
    assertEquals(Optional.of(extreme), read(tx -> tx.cases().find(extreme.id())));
  }

  @Test
  @DisplayName("a declaration note of 2,000 characters with line breaks and tabs reads back equal")
  void longestNote() {
    IsolationCase c = Samples.isolationCase(Samples.CHU_SE_TOWN);
    AssessedDeclaration plain = Samples.declaration(c.id(), Samples.T0);
    Declaration d = plain.declaration();
    String note = longest(1990) + "\nhai\tba";
    AssessedDeclaration noted = new AssessedDeclaration(new Declaration(d.id(), d.caseId(), d.observedAt(),
        d.submittedAt(), d.submittedBy(), d.vitals(), d.symptoms(), Optional.of(note), d.location(), d.presence()),
        plain.assessment());
    write(tx -> {
      tx.cases().insert(c);
      tx.declarations().insert(noted);
    });
    assertEquals(Optional.of(noted), read(tx -> tx.declarations().find(c.id(), d.id())));
  }

  @Test
  @DisplayName("a feedback text of 4,000 characters with line breaks, and the longest unit and account names, "
      + "read back equal")
  void longestTexts() {
    Jurisdiction unit = Samples.jurisdiction(Samples.GIA_LAI, longest(200));
    Account account = new Account(new AccountId("nurse-" + longest(20).hashCode()), longest(200),
        Set.of(Role.MONITOR), Samples.CHU_SE_TOWN, List.of(new ContactPoint("sms", "+84912000111")), true, true, 0);
    Feedback feedback = new Feedback(FeedbackId.random(), Optional.empty(), Samples.CHU_SE_TOWN,
        new AccountId("citizen-1"), FeedbackTopic.OTHER, longest(3980) + "\r\nxin cảm ơn", FeedbackStatus.NEW,
        List.of(), Samples.T0, 0);
    write(tx -> {
      tx.jurisdictions().save(unit);
      tx.accounts().save(account);
      tx.feedback().insert(feedback);
    });
    assertEquals(Optional.of(unit), read(tx -> tx.jurisdictions().find(Samples.GIA_LAI)));
    assertEquals(Optional.of(account), read(tx -> tx.accounts().find(account.id())));
    assertEquals(Optional.of(feedback), read(tx -> tx.feedback().find(feedback.id())));
  }
}
