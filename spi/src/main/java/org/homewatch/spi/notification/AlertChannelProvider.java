package org.homewatch.spi.notification;

import java.util.Map;

/**
 * Makes an {@link AlertChannel} from configuration, for discovery by name through
 * {@code META-INF/services/org.homewatch.spi.notification.AlertChannelProvider}. Needs a public no-argument
 * constructor.
 */
public interface AlertChannelProvider {
  /**
   * The provider's name, e.g. {@code viettel-sms}; also the default name of the channel it makes.
   *
   * @return the provider's name, as the {@code provider} setting of a channel names it
   */
  String name();

  /**
   * @param config settings such as the gateway URL and credentials
   * @throws org.homewatch.ConfigurationException for bad or missing settings, naming the key
   * @return a new channel, ready to send; the caller registers it
   */
  AlertChannel create(Map<String, String> config);
}
