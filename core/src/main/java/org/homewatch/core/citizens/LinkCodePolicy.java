package org.homewatch.core.citizens;

import java.time.Duration;
import org.homewatch.ConfigurationException;

/**
 * How one-time codes that link a citizen's login to their person behave. Each value is a named option of
 * {@link #builder()}, checked when it is set: a value outside its range is a {@link ConfigurationException} naming
 * the option and the range.
 *
 * @param validFor how long a code is accepted after it was sent
 * @param maxAttempts how many codes may be tried against one issued code; the code is refused after that, the right
 *     one too
 * @param maxCodesPerHour how many codes one phone may be sent within any hour
 * @param digits how many digits a code has
 */
public record LinkCodePolicy(Duration validFor, int maxAttempts, int maxCodesPerHour, int digits) {
  /** A code is accepted for 10 minutes unless set: long enough for a slow SMS, short enough to be useless later. */
  public static final Duration DEFAULT_VALID_FOR = Duration.ofMinutes(10);
  /** 5 tries per code unless set: a typo or two, and a guesser's chance of 5 in a million per code. */
  public static final int DEFAULT_MAX_ATTEMPTS = 5;
  /** 3 codes per phone per hour unless set: a lost SMS can be asked again, a phone cannot be flooded. */
  public static final int DEFAULT_MAX_CODES_PER_HOUR = 3;
  /** 6 digits unless set, the usual length of a code sent by SMS. */
  public static final int DEFAULT_DIGITS = 6;

  /**
   * Checks every value as the builder does.
   *
   * @param validFor how long a code is accepted after it was sent
   * @param maxAttempts how many codes may be tried against one issued code; the code is refused after that, the
   *     right one too
   * @param maxCodesPerHour how many codes one phone may be sent within any hour
   * @param digits how many digits a code has
   * @throws ConfigurationException naming the first option out of its range
   */
  public LinkCodePolicy {
    check("validFor", validFor != null && !validFor.isNegative()
        && validFor.compareTo(Duration.ofMinutes(1)) >= 0 && validFor.compareTo(Duration.ofHours(1)) <= 0,
        "from 1 minute to 1 hour", validFor);
    check("maxAttempts", maxAttempts >= 1 && maxAttempts <= 10, "from 1 to 10", maxAttempts);
    check("maxCodesPerHour", maxCodesPerHour >= 1 && maxCodesPerHour <= 20, "from 1 to 20", maxCodesPerHour);
    check("digits", digits >= 6 && digits <= 10, "from 6 to 10", digits);
  }

  /**
   * The defaults: {@value #DEFAULT_MAX_ATTEMPTS} attempts, {@value #DEFAULT_MAX_CODES_PER_HOUR} codes per phone per
   * hour, {@value #DEFAULT_DIGITS} digits, valid for {@link #DEFAULT_VALID_FOR}.
   *
   * @return the default policy
   */
  public static LinkCodePolicy defaults() {
    return builder().build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private static void check(String option, boolean ok, String range, Object value) {
    if (!ok) {
      throw new ConfigurationException("LinkCodePolicy." + option + " must be " + range + ", was " + value);
    }
  }

  /** Builds a {@link LinkCodePolicy} option by option. Not thread-safe. */
  public static final class Builder {
    private Duration validFor = DEFAULT_VALID_FOR;
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private int maxCodesPerHour = DEFAULT_MAX_CODES_PER_HOUR;
    private int digits = DEFAULT_DIGITS;

    private Builder() {}

    /**
     * How long a code is accepted after it was sent, from 1 minute to 1 hour.
     *
     * @param validFor the validity
     * @return this builder
     * @throws ConfigurationException outside the range
     */
    public Builder validFor(Duration validFor) {
      check("validFor", validFor != null && validFor.compareTo(Duration.ofMinutes(1)) >= 0
          && validFor.compareTo(Duration.ofHours(1)) <= 0, "from 1 minute to 1 hour", validFor);
      this.validFor = validFor;
      return this;
    }

    /**
     * How many codes may be tried against one issued code, from 1 to 10.
     *
     * @param attempts the most attempts
     * @return this builder
     * @throws ConfigurationException outside the range
     */
    public Builder maxAttempts(int attempts) {
      check("maxAttempts", attempts >= 1 && attempts <= 10, "from 1 to 10", attempts);
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * How many codes one phone may be sent within any hour, from 1 to 20.
     *
     * @param codes the most codes per hour
     * @return this builder
     * @throws ConfigurationException outside the range
     */
    public Builder maxCodesPerHour(int codes) {
      check("maxCodesPerHour", codes >= 1 && codes <= 20, "from 1 to 20", codes);
      this.maxCodesPerHour = codes;
      return this;
    }

    /**
     * How many digits a code has, from 6 to 10.
     *
     * @param count the number of digits
     * @return this builder
     * @throws ConfigurationException outside the range
     */
    public Builder digits(int count) {
      check("digits", count >= 6 && count <= 10, "from 6 to 10", count);
      this.digits = count;
      return this;
    }

    /**
     * The policy.
     *
     * @return the policy with the options set
     */
    public LinkCodePolicy build() {
      return new LinkCodePolicy(validFor, maxAttempts, maxCodesPerHour, digits);
    }
  }
}
