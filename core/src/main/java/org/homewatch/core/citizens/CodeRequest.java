package org.homewatch.core.citizens;

import java.time.Instant;
import java.util.Objects;

/**
 * What a portal may tell the person after asking for a code. It is the same whether or not the phone belongs to a
 * case in the deployment's unit, so that the answer does not reveal who is in quarantine.
 *
 * @param maskedPhone the number the code went to, all but the last three digits hidden
 * @param expiresAt until when the code is accepted
 */
public record CodeRequest(String maskedPhone, Instant expiresAt) {
  /**
   * Checks that no component is null.
   *
   * @param maskedPhone the number the code went to, all but the last three digits hidden
   * @param expiresAt until when the code is accepted
   * @throws NullPointerException naming a missing component
   */
  public CodeRequest {
    Objects.requireNonNull(maskedPhone, "maskedPhone");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
