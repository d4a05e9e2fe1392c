package org.homewatch.spring.boot;

import org.homewatch.core.Homewatch;

/**
 * A last word on the {@link Homewatch.Builder} before the auto-configured {@link Homewatch} is built, for options
 * no property covers (a staff directory, a retry policy). Beans of this type are applied in their {@code @Order}.
 * Each builder option may be set once: a customizer must not set what the properties already set.
 */
@FunctionalInterface
public interface HomewatchBuilderCustomizer {
  /**
   * Sets options on the builder.
   *
   * @param builder the builder the starter has configured from the properties
   */
  void customize(Homewatch.Builder builder);
}
