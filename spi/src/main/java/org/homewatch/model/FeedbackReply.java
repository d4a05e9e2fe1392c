package org.homewatch.model;

import java.time.Instant;
import java.util.Objects;

/** A reply in a feedback thread, by staff or by the citizen. */
public record FeedbackReply(Instant at, AccountId by, String text) {
  public FeedbackReply {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(text, "text");
    text = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFC);
    new Checks().notBlank("text", text).maxLength("text", text, 4000).throwIfAny();
  }
}
