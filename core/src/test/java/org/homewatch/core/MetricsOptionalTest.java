package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Micrometer is an optional dependency of core: without a registry its jar need not be there. */
class MetricsOptionalTest {

  @Test
  @DisplayName("without a meter registry, core runs a whole scenario on a class path without Micrometer and loads "
      + "no Micrometer-touching class")
  void runsWithoutMicrometer() throws Exception {
    List<URL> urls = new ArrayList<>();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.contains("micrometer") && !entry.contains("HdrHistogram") && !entry.contains("LatencyUtils")) {
        urls.add(url(entry));
      }
    }
    try (RecordingLoader loader = new RecordingLoader(urls.toArray(URL[]::new))) {
      assertThrows(ClassNotFoundException.class,
          () -> Class.forName("io.micrometer.core.instrument.MeterRegistry", false, loader),
          "the class path under test really lacks Micrometer");
      @SuppressWarnings("unchecked")
      Callable<String> scenario = (Callable<String>) loader.loadClass(MetricsFreeScenario.class.getName())
          .getConstructor().newInstance();

      assertEquals("pending=0 delivered=1", scenario.call());
      assertTrue(loader.loaded.contains("org.homewatch.core.Homewatch"), "the scenario ran in the child loader");
      assertTrue(loader.loaded.contains("org.homewatch.core.internal.Metrics"));
      assertFalse(loader.loaded.contains("org.homewatch.core.internal.MicrometerMetrics"), loader.loaded.toString());
      assertFalse(loader.loaded.stream().anyMatch(name -> name.startsWith("io.micrometer")));
    }
  }

  private static URL url(String entry) {
    try {
      return new File(entry).toURI().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Loads every class itself (parent: the platform's), remembering which. */
  private static final class RecordingLoader extends URLClassLoader {
    final Set<String> loaded = ConcurrentHashMap.newKeySet();

    RecordingLoader(URL[] urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      Class<?> found = super.findClass(name);
      loaded.add(name);
      return found;
    }
  }
}
