package org.homewatch.examples.plugin;

import java.io.PrintStream;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.spi.notification.Notification;

/**
 * An SMS "gateway" that prints to a stream: the shape of a real one without the network. It shows the three
 * things a channel must get right:
 * <ul>
 *   <li>it returns a {@link DeliveryResult} instead of throwing (a wrong number is a permanent failure);
 *   <li>it honours the idempotency key, so a retry after a crash does not text a nurse twice;
 *   <li>it adapts the text to the medium: Vietnamese SMS gateways send unaccented GSM-7 text, because a single
 *       accented character halves what fits in one message (70 instead of 160 characters).
 * </ul>
 */
public final class ConsoleSmsChannel implements AlertChannel {
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final int SMS_LIMIT = 160 * 3; // three concatenated parts at most

  private final String name;
  private final PrintStream out;
  private final Set<String> seenKeys = ConcurrentHashMap.newKeySet();
  private final List<String> log = new CopyOnWriteArrayList<>();

  public ConsoleSmsChannel(String name, PrintStream out) {
    this.name = name;
    this.out = out;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public DeliveryResult send(Notification notification) {
    String number = notification.recipient().address();
    if (!number.matches("\\+?[0-9]{9,15}")) {
      return DeliveryResult.permanentFailure("not a phone number: " + number);
    }
    if (!seenKeys.add(notification.idempotencyKey())) {
      return DeliveryResult.delivered("duplicate-suppressed");
    }
    String text = unaccented(notification.text());
    if (text.length() > SMS_LIMIT) {
      text = text.substring(0, SMS_LIMIT - 1) + "…";
    }
    String line = "SMS to " + number + ": " + text;
    log.add(line);
    out.println("    " + line);
    return DeliveryResult.delivered("sms-" + log.size());
  }

  /** Every SMS this channel "sent", in order. */
  public List<String> log() {
    return List.copyOf(log);
  }

  /** Vietnamese without diacritics, the way SMS gateways send it: "Cấp cứu" → "Cap cuu", "đ" → "d". */
  public static String unaccented(String text) {
    String stripped = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return stripped.replace('đ', 'd').replace('Đ', 'D');
  }
}
