package org.homewatch.examples.plugin;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.homewatch.model.PersonId;
import org.homewatch.model.PresenceCheck;
import org.homewatch.spi.identity.PresenceClaim;
import org.homewatch.spi.identity.PresenceVerifier;

/**
 * A presence verifier in front of an eKYC face-match service, as a province plugs in VNPT's or Viettel's: the
 * citizen app uploads a selfie to the eKYC service and sends Homewatch only the image token it got back (the
 * declaration's evidence reference); at settlement Homewatch hands this verifier the token and the person, and the
 * verifier asks the service to compare the selfie with the face enrolled for that person.
 *
 * <p>What it gets right:
 * <ul>
 *   <li>its own HTTP timeout, shorter than Homewatch's {@code presenceVerificationTimeout}, so that a slow
 *       service ends the call cleanly instead of being interrupted;
 *   <li>every doubt is {@code NOT_PERFORMED} (service down, timeout, unknown token, person not enrolled, an
 *       answer it cannot read), never {@code PASSED}: Homewatch then marks the check "not verified" and the
 *       station phones the person;
 *   <li>{@code FAILED} only on a clear answer: liveness failed or the face does not match;
 *   <li>no selfie, score or subject in any log line or exception message.
 * </ul>
 */
public final class EkycPresenceVerifier implements PresenceVerifier {
  private final EkycClient client;
  private final Function<PersonId, Optional<String>> enrolledSubject;
  private final Duration timeout;
  private final double minimumScore;

  /**
   * @param client the eKYC service's HTTP client
   * @param enrolledSubject the service's subject id for a person (enrolled at registration from their ID card),
   *     empty if the person was never enrolled
   * @param timeout the HTTP timeout per call, below Homewatch's presence verification timeout
   * @param minimumScore the face-match score from which the faces are the same person (the vendor's advice,
   *     typically 0.8)
   */
  public EkycPresenceVerifier(EkycClient client, Function<PersonId, Optional<String>> enrolledSubject,
      Duration timeout, double minimumScore) {
    this.client = Objects.requireNonNull(client, "client");
    this.enrolledSubject = Objects.requireNonNull(enrolledSubject, "enrolledSubject");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.minimumScore = minimumScore;
  }

  @Override
  public String name() {
    return "ekyc-face-match";
  }

  @Override
  public PresenceCheck.Result verify(PresenceClaim claim) {
    Optional<String> subject = enrolledSubject.apply(claim.person());
    if (subject.isEmpty()) {
      return PresenceCheck.Result.NOT_PERFORMED;
    }
    EkycClient.Response response;
    try {
      response = client.post("/face/compare", Map.of("subject", subject.get(),
          "image_token", claim.evidenceReference(), "client_session", claim.declaration().toString()), timeout);
    } catch (IOException unreachableOrSlow) {
      return PresenceCheck.Result.NOT_PERFORMED;
    }
    if (response.status() != 200) {
      return PresenceCheck.Result.NOT_PERFORMED;
    }
    String liveness = response.body().getOrDefault("liveness", "");
    double score;
    try {
      score = Double.parseDouble(response.body().getOrDefault("match_score", ""));
    } catch (NumberFormatException unreadable) {
      return PresenceCheck.Result.NOT_PERFORMED;
    }
    if (liveness.equals("FAKE") || (liveness.equals("REAL") && score < minimumScore)) {
      return PresenceCheck.Result.FAILED;
    }
    return liveness.equals("REAL") ? PresenceCheck.Result.PASSED : PresenceCheck.Result.NOT_PERFORMED;
  }
}
