package org.homewatch.model;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
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
    Checks.required(id, "id");
    Checks.required(caseId, "caseId");
    Checks.required(unit, "unit");
    Checks.required(from, "from");
    Checks.required(topic, "topic");
    Checks.required(text, "text");
    Checks.required(status, "status");
    Checks.required(submittedAt, "submittedAt");
    replies = Checks.copyOfList(replies, "replies");
    text = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    new Checks().notBlank("text", text).maxLength("text", text, 4000).plainText("text", text, true).throwIfAny();
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
