package org.homewatch.core.citizens.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.homewatch.model.AccountId;
import org.homewatch.model.PhoneNumber;

/**
 * Makes one-time codes and their keyed hashes: HMAC-SHA-256 under the deployment's secret over the code's id (a
 * random salt per code), the phone, the login that asked and the code. A hash in a stolen table cannot be tested
 * without the secret, and a code is worth nothing for another phone, login or request. Thread-safe.
 */
public final class CodeHasher {
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  /** @param secret the deployment's secret, at least 32 bytes (checked by the builder); copied */
  public CodeHasher(byte[] secret) {
    this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
  }

  /** A code of {@code digits} decimal digits, leading zeros kept, each digit uniform. */
  public String newCode(int digits) {
    StringBuilder code = new StringBuilder(digits);
    for (int i = 0; i < digits; i++) {
      code.append((char) ('0' + random.nextInt(10)));
    }
    return code.toString();
  }

  /** The hash stored for {@code code}, lower-case hex. */
  public String hash(UUID codeId, PhoneNumber phone, AccountId subject, String code) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      String input = codeId + "\n" + phone.e164() + "\n" + subject.value() + "\n" + code;
      return HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** Compares two hashes in time that does not depend on where they differ. */
  public static boolean sameHash(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
