package org.homewatch.examples.plugin;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The shape of an eKYC service's HTTP API as a province's integration team sees it (VNPT eKYC, Viettel's eKYC and
 * the like: post a form, get a status code and a flat JSON body). A real one wraps {@code java.net.http.HttpClient}
 * with the vendor's authentication; {@link FakeEkycClient} answers from memory.
 */
public interface EkycClient {

  /**
   * One HTTP answer.
   *
   * @param status the HTTP status code
   * @param body the JSON body's top-level fields, as text
   */
  record Response(int status, Map<String, String> body) {
    /**
     * Copies the body.
     *
     * @param status the HTTP status code
     * @param body the JSON body's top-level fields, as text
     */
    public Response {
      body = Map.copyOf(Objects.requireNonNull(body, "body"));
    }
  }

  /**
   * Posts {@code form} to {@code path} and waits at most {@code timeout} for the answer.
   *
   * @param path the API path, e.g. {@code /face/compare}
   * @param form the request's fields
   * @param timeout how long to wait for the answer
   * @return the answer, whatever its status
   * @throws IOException if the service could not be reached or did not answer in time
   *     ({@link java.net.http.HttpTimeoutException})
   */
  Response post(String path, Map<String, String> form, Duration timeout) throws IOException;
}
