package org.homewatch.model;

import java.util.regex.Pattern;

/**
 * Where a notification can reach someone: the name of an alert channel (as registered on the builder, e.g.
 * {@code sms}, {@code zalo}, {@code email}) and the address that channel understands.
 *
 * @param channel the channel's registered name: lower-case letters, digits and hyphens, at most 32
 * @param address what that channel understands, e.g. a phone number; 1 to 512 characters of plain text
 */
public record ContactPoint(String channel, String address) {
  private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  /**
   * Validates the channel name and the address, collecting every violation.
   *
   * @param channel the channel's registered name: lower-case letters, digits and hyphens, at most 32
   * @param address what that channel understands, e.g. a phone number
   * @throws org.homewatch.ValidationException if the channel name or the address is not acceptable
   */
  public ContactPoint {
    Checks.required(channel, "channel");
    Checks.required(address, "address");
    new Checks()
        .require(CHANNEL.matcher(channel).matches(), "channel", "homewatch.validation.channel",
            "a channel name is lower-case letters, digits and hyphens, was '" + channel + "'")
        .notBlank("address", address)
        .maxLength("address", address, 512)
        .plainText("address", address, false)
        .throwIfAny();
  }

  @Override
  public String toString() {
    return channel + ":" + address;
  }
}
