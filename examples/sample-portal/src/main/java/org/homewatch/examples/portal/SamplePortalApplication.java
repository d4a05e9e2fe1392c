package org.homewatch.examples.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the sample portal on port 8080 (or {@code --server.port=..}); see the README. */
@SpringBootApplication
public class SamplePortalApplication {
  public static void main(String[] args) {
    SpringApplication.run(SamplePortalApplication.class, args);
  }
}
