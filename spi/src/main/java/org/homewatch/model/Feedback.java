package org.homewatch.model;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A citizen's feedback (phản ánh): a request, a complaint or a question, handled by the health station of the
 * commune it concerns.
 */
public record Feedback(
    FeedbackId id,
    Optional<CaseId> caseId,
    JurisdictionPath unit,
    AccountId from,
    FeedbackTopic topic,
    String text,
    FeedbackStatus status,
    List<FeedbackReply> replies,
    Instant submittedAt,
    long version) {

  public Feedback {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(submittedAt, "submittedAt");
    replies = List.copyOf(replies);
    text = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    new Checks().notBlank("text", text).maxLength("text", text, 4000).throwIfAny();
  }

  public Feedback withReply(FeedbackReply reply, FeedbackStatus newStatus) {
    var longer = new java.util.ArrayList<>(replies);
    longer.add(reply);
    return new Feedback(id, caseId, unit, from, topic, text, newStatus, longer, submittedAt, version + 1);
  }

  public Feedback atVersion(long newVersion) {
    return new Feedback(id, caseId, unit, from, topic, text, status, replies, submittedAt, newVersion);
  }
}
