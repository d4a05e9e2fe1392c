package org.homewatch.model;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A citizen's feedback (phản ánh): a request, a complaint or a question, handled by the health station of the
 * commune it concerns.
 *
 * @param id identifies the feedback
 * @param caseId the case it concerns, if the citizen has one
 * @param unit the commune whose health station handles it
 * @param from the citizen's account
 * @param topic what it is about
 * @param text what the citizen wrote; 1 to 4,000 characters, line breaks allowed, stored in NFC
 * @param status where it is in its handling
 * @param replies the thread, oldest first
 * @param submittedAt when it arrived
 * @param version the optimistic-lock version
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

  /**
   * Normalises and validates the text; copies the replies.
   *
   * @param id identifies the feedback
   * @param caseId the case it concerns, if the citizen has one
   * @param unit the commune whose health station handles it
   * @param from the citizen's account
   * @param topic what it is about
   * @param text what the citizen wrote
   * @param status where it is in its handling
   * @param replies the thread, oldest first
   * @param submittedAt when it arrived
   * @param version the optimistic-lock version
   * @throws org.homewatch.ValidationException if the text is blank, too long or holds control characters
   */
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

  /**
   * This feedback with one more reply and a new status, one version on.
   *
   * @param reply the reply
   * @param newStatus the status after the reply
   * @return the updated feedback
   */
  public Feedback withReply(FeedbackReply reply, FeedbackStatus newStatus) {
    var longer = new java.util.ArrayList<>(replies);
    longer.add(reply);
    return new Feedback(id, caseId, unit, from, topic, text, newStatus, longer, submittedAt, version + 1);
  }

  /**
   * This feedback handled by another commune's health station from now on (its case moved there), one version on.
   *
   * @param commune the commune that now handles it
   * @return the moved feedback
   */
  public Feedback movedTo(JurisdictionPath commune) {
    return new Feedback(id, caseId, Checks.required(commune, "unit"), from, topic, text, status, replies, submittedAt,
        version + 1);
  }

  /**
   * The same feedback at another version.
   *
   * @param newVersion the version to carry
   * @return a copy at {@code newVersion}
   */
  public Feedback atVersion(long newVersion) {
    return new Feedback(id, caseId, unit, from, topic, text, status, replies, submittedAt, newVersion);
  }
}
