package org.homewatch.model;

import java.time.Instant;

/**
 * A reply in a feedback thread, by staff or by the citizen.
 *
 * @param at when it was written
 * @param by who wrote it: a staff member or the citizen
 * @param text the reply; 1 to 4,000 characters, line breaks allowed, stored in NFC
 */
public record FeedbackReply(Instant at, AccountId by, String text) {
  /**
   * Normalises and validates the text.
   *
   * @param at when it was written
   * @param by who wrote it: a staff member or the citizen
   * @param text the reply
   * @throws org.homewatch.ValidationException if the text is blank, too long or holds control characters
   */
  public FeedbackReply {
    Checks.required(at, "at");
    Checks.required(by, "by");
    Checks.required(text, "text");
    text = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFC);
    new Checks().notBlank("text", text).maxLength("text", text, 4000).plainText("text", text, true).throwIfAny();
  }
}
