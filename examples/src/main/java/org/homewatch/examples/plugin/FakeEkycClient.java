package org.homewatch.examples.plugin;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An {@link EkycClient} that answers {@code /face/compare} from memory: what the app "uploaded" under an image
 * token is set with {@link #uploaded}, and a latency longer than the request's timeout is a
 * {@link HttpTimeoutException}, as {@code java.net.http.HttpClient} reports it. Thread-safe.
 */
public final class FakeEkycClient implements EkycClient {
  private record Upload(String subject, boolean live, double score) {}

  private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
  private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
  private volatile Duration latency = Duration.ZERO;
  private volatile int status = 200;

  /** An empty service answering at once with 200. */
  public FakeEkycClient() {}

  /**
   * Records that the app uploaded a selfie for {@code subject} under {@code imageToken}, which the service judged
   * live or not, matching the enrolled face with {@code score} (0 to 1).
   *
   * @param imageToken the token the app got back from its upload (Homewatch's evidence reference)
   * @param subject the enrolled subject the selfie is compared with
   * @param live whether the liveness check passed
   * @param score the face-match score
   */
  public void uploaded(String imageToken, String subject, boolean live, double score) {
    uploads.put(imageToken, new Upload(subject, live, score));
  }

  /**
   * Makes every later answer take {@code latency}.
   *
   * @param latency how long the service takes to answer
   */
  public void answerAfter(Duration latency) {
    this.latency = latency;
  }

  /**
   * Makes every later answer carry {@code httpStatus} (e.g. 503 while the service is down).
   *
   * @param httpStatus the status to answer with
   */
  public void answerWith(int httpStatus) {
    this.status = httpStatus;
  }

  /** The forms posted so far, in order. */
  public List<Map<String, String>> requests() {
    return List.copyOf(requests);
  }

  @Override
  public Response post(String path, Map<String, String> form, Duration timeout) throws IOException {
    requests.add(Map.copyOf(form));
    if (latency.compareTo(timeout) > 0) {
      throw new HttpTimeoutException("request timed out");
    }
    if (status != 200) {
      return new Response(status, Map.of("error", "service unavailable"));
    }
    if (!path.equals("/face/compare")) {
      return new Response(404, Map.of("error", "no such path"));
    }
    Upload upload = uploads.get(form.getOrDefault("image_token", ""));
    if (upload == null) {
      return new Response(404, Map.of("error", "unknown image token"));
    }
    if (!upload.subject().equals(form.get("subject"))) {
      return new Response(200, Map.of("liveness", upload.live() ? "REAL" : "FAKE", "match_score", "0.0"));
    }
    return new Response(200, Map.of("liveness", upload.live() ? "REAL" : "FAKE",
        "match_score", Double.toString(upload.score())));
  }
}
