package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackReply;
import org.homewatch.model.FeedbackStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PersonId;
import org.homewatch.model.Severity;
import org.homewatch.model.AccountId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the citizen's views read from the mandatory stores: a household head's members
 * ({@code CaseStore.findByHouseholdHead}) and a case's feedback ({@code FeedbackStore.forCase}).
 */
abstract class CitizenViewQueriesContract extends StoreContract {
  CitizenViewQueriesContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  private static IsolationCase caseHeadedBy(Optional<PersonId> head, CaseStatus status) {
    return Samples.isolationCase(CaseId.random(), Samples.person(Samples.CHU_SE_TOWN), Samples.CHU_SE_TOWN, status,
        CaseCategory.F2, Severity.NORMAL).toBuilder().householdHead(head).build();
  }

  @Test
  @DisplayName("findByHouseholdHead returns every case, of any status, naming that head, in case-id order, and no other")
  void householdMembers() {
    PersonId head = PersonId.random();
    IsolationCase child = caseHeadedBy(Optional.of(head), CaseStatus.ACTIVE);
    IsolationCase grandmother = caseHeadedBy(Optional.of(head), CaseStatus.COMPLETED);
    IsolationCase neighbour = caseHeadedBy(Optional.of(PersonId.random()), CaseStatus.ACTIVE);
    IsolationCase alone = caseHeadedBy(Optional.empty(), CaseStatus.ACTIVE);
    write(tx -> List.of(child, grandmother, neighbour, alone).forEach(tx.cases()::insert));

    List<IsolationCase> expected = new ArrayList<>(List.of(child, grandmother));
    expected.sort(Comparator.comparing(IsolationCase::id));
    assertEquals(expected, read(tx -> tx.cases().findByHouseholdHead(head)));
    assertEquals(List.of(), read(tx -> tx.cases().findByHouseholdHead(PersonId.random())));
  }

  @Test
  @DisplayName("findByHouseholdHead follows an update that changes the household head")
  void householdFollowsUpdates() {
    PersonId head = PersonId.random();
    PersonId newHead = PersonId.random();
    IsolationCase child = caseHeadedBy(Optional.of(head), CaseStatus.ACTIVE);
    write(tx -> tx.cases().insert(child));
    IsolationCase moved = child.toBuilder().householdHead(Optional.of(newHead)).version(1).build();

    write(tx -> tx.cases().update(moved));

    assertEquals(List.of(), read(tx -> tx.cases().findByHouseholdHead(head)));
    assertEquals(List.of(moved), read(tx -> tx.cases().findByHouseholdHead(newHead)));
  }

  @Test
  @DisplayName("forCase returns a case's feedback with its replies, oldest first, at most max, and no other case's")
  void feedbackOfACase() {
    CaseId caseId = CaseId.random();
    List<Feedback> ofCase = new ArrayList<>();
    for (int i = 2; i >= 0; i--) {
      Feedback f = Samples.feedback(Samples.CHU_SE_TOWN, FeedbackStatus.NEW, Samples.T0.plusSeconds(60L * i));
      ofCase.add(new Feedback(f.id(), Optional.of(caseId), f.unit(), f.from(), f.topic(), f.text(), f.status(),
          f.replies(), f.submittedAt(), f.version()));
    }
    Feedback other = Samples.feedback(Samples.CHU_SE_TOWN, FeedbackStatus.NEW, Samples.T0);
    Feedback another = Samples.feedback(Samples.CHU_SE_TOWN, FeedbackStatus.NEW, Samples.T0);
    Feedback otherCase = new Feedback(another.id(), Optional.of(CaseId.random()), other.unit(), other.from(),
        other.topic(), other.text(), other.status(), other.replies(), other.submittedAt(), other.version());
    write(tx -> {
      ofCase.forEach(tx.feedback()::insert);
      tx.feedback().insert(otherCase);
      tx.feedback().insert(other);
    });
    Feedback answered = ofCase.get(0).withReply(new FeedbackReply(Samples.T0.plusSeconds(600),
        new AccountId("monitor-1"), "Trạm sẽ mang thực phẩm đến chiều nay"), FeedbackStatus.ANSWERED);
    write(tx -> tx.feedback().update(answered));

    List<Feedback> expected = List.of(ofCase.get(2), ofCase.get(1), answered);
    assertEquals(expected, read(tx -> tx.feedback().forCase(caseId, 10)));
    assertEquals(expected.subList(0, 2), read(tx -> tx.feedback().forCase(caseId, 2)));
    assertEquals(List.of(), read(tx -> tx.feedback().forCase(CaseId.random(), 10)));
  }
}
