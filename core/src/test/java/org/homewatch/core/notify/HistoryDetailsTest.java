package org.homewatch.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.homewatch.model.Person;
import org.homewatch.model.Wording;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HistoryDetailsTest {

  @Test
  @DisplayName("words as written are kept as they are, several lines included; what no literal may hold is kept "
      + "shortened to the bound and with control characters as spaces, never refused")
  void asWritten() {
    assertEquals(Wording.literal("gọi lại,\nổn"), HistoryDetails.asWritten("gọi lại,\nổn"));
    assertEquals(Wording.literal("a b"), HistoryDetails.asWritten("a\u0007b"));
    String longest = "x".repeat(Wording.MAX_LITERAL_LENGTH);
    assertEquals(Wording.literal(longest), HistoryDetails.asWritten(longest));
    Wording cut = HistoryDetails.asWritten(longest + "y");
    assertEquals(Wording.literal("x".repeat(Wording.MAX_LITERAL_LENGTH - 1) + "…"), cut);
    // a surrogate pair is not cut in half
    String pairAtTheEnd = "x".repeat(Wording.MAX_LITERAL_LENGTH - 2) + "😷" + "z";
    assertEquals(Wording.literal("x".repeat(Wording.MAX_LITERAL_LENGTH - 2) + "…"),
        HistoryDetails.asWritten(pairAtTheEnd));
  }

  @Test
  @DisplayName("for any text, however long or odd (control characters, lone surrogates), asWritten gives a literal "
      + "within the bound, and a text a literal may hold as it is (property)")
  void asWrittenNeverFails() {
    org.quicktheories.QuickTheory.qt().withExamples(300).forAll(
        org.quicktheories.generators.SourceDSL.strings().betweenCodePoints(0, 0x1F64F).ofLengthBetween(0, 2_100))
        .checkAssert(text -> {
          Wording w = HistoryDetails.asWritten(text);
          String kept = ((Wording.Literal) w).value();
          assertEquals(true, kept.length() <= Wording.MAX_LITERAL_LENGTH, () -> "length " + kept.length());
          boolean valid;
          try {
            Wording.literal(text);
            valid = true;
          } catch (org.homewatch.ValidationException notALiteral) {
            valid = false;
          }
          if (valid) {
            assertEquals(text, kept);
          }
        });
  }

  @Test
  @DisplayName("a list reads \"a, b, c\" in each language, of any length, and an empty one reads as nothing")
  void lists() {
    Texts texts = Texts.shipped();
    List<Wording> kinds = List.of(Wording.text("alertKind.HEALTH"), Wording.text("alertKind.FEEDBACK"));
    assertEquals("health, feedback unanswered", texts.render(HistoryDetails.list(kinds), Locale.ENGLISH));
    assertEquals("sức khỏe, phản ánh chưa trả lời", texts.render(HistoryDetails.list(kinds), Person.VIETNAMESE));
    assertEquals("", texts.render(HistoryDetails.list(List.of()), Locale.ENGLISH));
    assertEquals("one", texts.render(HistoryDetails.list(List.of(Wording.literal("one"))), Locale.ENGLISH));
    List<Wording> eight = List.of("1", "2", "3", "4", "5", "6", "7", "8").stream().<Wording>map(Wording::literal)
        .toList();
    assertEquals("1, 2, 3, 4, 5, 6, 7, 8", texts.render(HistoryDetails.list(eight), Locale.ENGLISH));
  }

  @Test
  @DisplayName("texts().detail reads the stored line for an entry without a wording, and for one whose key no bundle "
      + "has any more, never a raw key")
  void detailFallsBackToTheStoredLine() {
    Texts texts = Texts.shipped();
    java.time.Instant at = java.time.Instant.parse("2021-08-16T01:00:00Z");
    org.homewatch.model.AccountId nurse = new org.homewatch.model.AccountId("nurse-a");
    org.homewatch.model.CaseChange old = new org.homewatch.model.CaseChange(at, nurse,
        org.homewatch.model.CaseChange.Kind.ACTIVATED, "Bắt đầu thời gian theo dõi ngày 16/08/2021");
    assertEquals(old.detail(), texts.detail(old, Locale.ENGLISH));
    org.homewatch.model.CaseChange gone = new org.homewatch.model.CaseChange(at, nurse,
        org.homewatch.model.CaseChange.Kind.ACTIVATED, "Bắt đầu thời gian theo dõi ngày 16/08/2021",
        java.util.Optional.of(Wording.text("history.removedByAnOverride", java.util.Map.of("start",
            Wording.literal("16/08/2021")))));
    assertEquals(gone.detail(), texts.detail(gone, Locale.ENGLISH));
    org.homewatch.model.AlertEvent step = new org.homewatch.model.AlertEvent(at,
        org.homewatch.model.AlertEvent.Kind.ESCALATED, java.util.Optional.empty(), "Không có ai trực…",
        java.util.OptionalInt.of(1), java.util.Optional.of(Wording.text("history.nobodyAnywhere",
            java.util.Map.of("unit", Wording.literal("Thị trấn Chư Sê")))));
    assertEquals("Nobody on duty from Thị trấn Chư Sê up; nobody was notified", texts.detail(step, Locale.ENGLISH));
    assertEquals("Không có ai trực từ Thị trấn Chư Sê trở lên; chưa báo được cho ai",
        texts.detail(step, Person.VIETNAMESE));
    assertEquals("Không có ai trực…", texts.detail(new org.homewatch.model.AlertEvent(at,
        org.homewatch.model.AlertEvent.Kind.ESCALATED, java.util.Optional.empty(), "Không có ai trực…"),
        Locale.ENGLISH));
  }
}
