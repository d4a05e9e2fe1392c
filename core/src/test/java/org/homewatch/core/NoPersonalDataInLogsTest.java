package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link PersonalDataLogScenario} in a child JVM with every Homewatch logger at TRACE (slf4j-simple, the test
 * binding already on core's test classpath, writing to stderr) and checks that no log line carries a phone number,
 * a name or a national id, while the lines about the failures are there. A child JVM because slf4j-simple fixes each
 * logger's level when the logger is made, which in this JVM happened long before this test.
 */
@DisplayName("No log line carries a phone number, a name or a national id")
class NoPersonalDataInLogsTest {

  @Test
  @DisplayName("failed deliveries, a throwing gateway and a failing background job log ids and types, no personal "
      + "data")
  void failuresLogNoPersonalData() throws Exception {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Xmx256m", "-XX:TieredStopAtLevel=1",
        "-Dorg.slf4j.simpleLogger.log.org.homewatch=trace", "-Dorg.slf4j.simpleLogger.logFile=System.err",
        PersonalDataLogScenario.class.getName())
        .redirectErrorStream(true)
        .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, child.exitValue(), output);
    assertTrue(output.contains("scenario done"), output);
    // The failures were logged (so the check below looked at something).
    assertTrue(output.contains("threw instead of returning a result"), output);
    assertTrue(output.contains("failed for good"), output);
    assertTrue(output.contains("background job province-export failed"), output);
    assertTrue(output.contains("org.homewatch.StorageException"), output);

    List<String> leaks = new ArrayList<>();
    for (String secret : secrets()) {
      for (String line : output.split("\n")) {
        if (Normalizer.normalize(line, Normalizer.Form.NFC).contains(secret)) {
          leaks.add(secret + " in: " + line);
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  private static List<String> secrets() {
    List<String> secrets = new ArrayList<>();
    for (String phone : List.of(PersonalDataLogScenario.PERSON_PHONE, PersonalDataLogScenario.NURSE_PHONE)) {
      String national = phone.substring(3);  // 912345678, as in 0912345678 and +84912345678
      secrets.add(national);
    }
    secrets.add(PersonalDataLogScenario.NATIONAL_ID);
    for (String name : List.of(PersonalDataLogScenario.PERSON_NAME, PersonalDataLogScenario.NURSE_NAME)) {
      secrets.add(Normalizer.normalize(name, Normalizer.Form.NFC));
      // A family or given name alone identifies too, with the full name's rarer words.
      secrets.add(name.substring(name.lastIndexOf(' ') + 1));
    }
    secrets.add("Đặng");
    return secrets;
  }
}
