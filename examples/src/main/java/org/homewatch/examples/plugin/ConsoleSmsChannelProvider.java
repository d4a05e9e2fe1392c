package org.homewatch.examples.plugin;

import java.util.Map;
import java.util.Set;
import org.homewatch.ConfigurationException;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.spi.notification.AlertChannelProvider;

/**
 * Makes {@link ConsoleSmsChannel}s, for discovery by name ({@code console-sms}) through
 * {@code META-INF/services/org.homewatch.spi.notification.AlertChannelProvider}.
 * Config: {@code channel} (the name contact points use; default {@code sms}).
 */
public final class ConsoleSmsChannelProvider implements AlertChannelProvider {
  private static final Set<String> KEYS = Set.of("channel");

  @Override
  public String name() {
    return "console-sms";
  }

  @Override
  public AlertChannel create(Map<String, String> config) {
    for (String key : config.keySet()) {
      if (!KEYS.contains(key)) {
        throw new ConfigurationException("console-sms does not know the setting '" + key + "'; it knows " + KEYS);
      }
    }
    return new ConsoleSmsChannel(config.getOrDefault("channel", "sms"), System.out);
  }
}
