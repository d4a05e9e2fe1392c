package org.homewatch.model;

import java.time.Instant;

/** A reply in a feedback thread, by staff or by the citizen. */
public record FeedbackReply(Instant at, AccountId by, String text) {
  public FeedbackReply {
    Checks.required(at, "at");
    Checks.required(by, "by");
    Checks.required(text, "text");
    text = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFC);
    new Checks().notBlank("text", text).maxLength("text", text, 4000).plainText("text", text, true).throwIfAny();
  }
}
