package org.homewatch.examples.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.homewatch.examples.EveryStorage;
import org.homewatch.HomewatchException;
import org.homewatch.ValidationException;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Person;
import org.homewatch.spi.storage.Storage;
import org.homewatch.test.GiaLai;
import org.homewatch.test.world.GiaLaiWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input sweep's storage half through the public API (issue 10.12): control characters in names and texts
 * are refused alike on memory, H2 and PostgreSQL (PostgreSQL alone used to refuse NUL, with a StorageException,
 * where the others stored it), nothing is stored on a refusal, and the longest accepted values, with letters
 * beyond the BMP and line breaks, come back as they went in. The whole sweep over every operation runs on memory
 * ({@code BadInputSweepTest} in core); every storage stores the extremes alike (the TCK's InputRoundTripContract).
 */
class InputOnEveryStorageTest {
  private static final List<String> CONTROL = List.of("\u0000", "\u001b[2J", "\u0007", "\u202e", "\u0085");

  static Stream<Arguments> storages() {
    return EveryStorage.storages("input");
  }

  private static int cases(GiaLaiWorld world) {
    return world.storage().inTransaction(tx -> tx.cases().list(CaseQuery.in(GiaLai.PROVINCE),
        PageRequest.first(100))).items().size();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("control characters in a name, a feedback text or a declaration note are ValidationExceptions "
      + "naming the field on every storage, and nothing is stored")
  void controlCharacters(String name, Supplier<Storage> storage) {
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get()).build()) {
      IsolationCase c = world.registerF2("Rơ Mah H'Hen", GiaLai.THI_TRAN_CHU_SE);
      for (String bad : CONTROL) {
        ValidationException e = assertThrows(ValidationException.class, () -> world.homewatch().cases()
            .register(GiaLai.ENROLLER, NewCase.of(GiaLai.person("Siu" + bad + "Hoa", GiaLai.IA_TIEM, 1990),
                CaseCategory.F2, GiaLai.DECISION, GiaLai.TODAY)));
        assertTrue(e.concerns("fullName"), e.getMessage());
        ValidationException f = assertThrows(ValidationException.class, () -> world.homewatch().feedback()
            .submit(world.citizen(c), c.id(), FeedbackTopic.MEDICINE, "hết thuốc" + bad));
        assertTrue(f.concerns("text"), f.getMessage());
        HomewatchException n = assertThrows(HomewatchException.class, () -> world.homewatch().declarations()
            .submit(world.citizen(c), world.declaration(c, GiaLai.normalVitals()).withNote("khỏe" + bad)));
        assertTrue(n instanceof ValidationException v && v.concerns("note"), n.toString());
      }
      assertEquals(1, cases(world), name);
      assertEquals(0, world.homewatch().feedback().inbox(GiaLai.NURSE_THI_TRAN, java.util.Set.of(),
          PageRequest.first(10)).items().size());
      assertEquals(0, world.homewatch().declarations().history(GiaLai.NURSE_THI_TRAN, c.id(),
          PageRequest.first(10)).items().size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("the longest accepted name, feedback and note, with letters beyond the BMP and line breaks, read "
      + "back as sent on every storage")
  void longestAccepted(String name, Supplier<Storage> storage) {
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get()).build()) {
      String fullName = "Nguyễn Thị Hoà 𠀧 ".repeat(10).strip() + " An"; // 182 characters
      Person p = GiaLai.person(fullName, GiaLai.THI_TRAN_CHU_SE, 1960);
      IsolationCase c = world.homewatch().cases().register(GiaLai.ENROLLER,
          NewCase.of(p, CaseCategory.F2, GiaLai.DECISION, GiaLai.TODAY));
      assertEquals(fullName, world.homewatch().cases().get(GiaLai.NURSE_THI_TRAN, c.id()).person().fullName());
      String text = "Xin gửi thêm thuốc 😷\n".repeat(180).strip();
      Feedback sent = world.homewatch().feedback().submit(world.citizen(c), c.id(), FeedbackTopic.MEDICINE, text);
      assertEquals(text, world.homewatch().feedback().inbox(GiaLai.NURSE_THI_TRAN, java.util.Set.of(),
          PageRequest.first(10)).items().get(0).text());
      String note = "khỏe\tkhông sốt 𠀧\r\n".repeat(100).strip();
      NewDeclaration declared = world.declaration(c, GiaLai.normalVitals()).withNote(note);
      world.homewatch().declarations().submit(world.citizen(c), declared);
      assertEquals(Optional.of(note), world.homewatch().declarations().history(GiaLai.NURSE_THI_TRAN, c.id(),
          PageRequest.first(10)).items().get(0).declaration().note());
      assertEquals(sent.id(), world.homewatch().feedback().inbox(GiaLai.NURSE_THI_TRAN, java.util.Set.of(),
          PageRequest.first(10)).items().get(0).id());
    }
  }
}
