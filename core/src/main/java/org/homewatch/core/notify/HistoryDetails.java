package org.homewatch.core.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Wording;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * The words of case and alert history entries, in the deployment's language ({@code Homewatch.Builder.locale}):
 * the history is stored once and read by every staff member who opens the case, so it is written in the language
 * the province works in, with dates as {@code 16/08/2021}, times as {@code 16/08 08:15} in the case's zone and
 * units by their name. The texts are the {@code history.*} templates of {@link Texts} (an integrator may override
 * them). Built by {@code Homewatch} only; thread-safe.
 */
public final class HistoryDetails {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm");

  private final NotificationComposer composer;
  private final Locale language;

  /**
   * @param composer the templates
   * @param language the deployment's language
   */
  public HistoryDetails(NotificationComposer composer, Locale language) {
    this.composer = composer;
    this.language = language;
  }

  /**
   * The template {@code key} in the deployment's language, its placeholders filled.
   *
   * @param key a {@code history.*} (or other) template key
   * @param parameters the placeholders' values
   * @return the text
   */
  public String render(String key, Map<String, String> parameters) {
    return composer.render(key, language, parameters);
  }

  /**
   * What a wording says, in the deployment's language.
   *
   * @param wording what to say
   * @return the text
   */
  public String render(Wording wording) {
    return composer.render(wording, language);
  }

  /**
   * A single text in the deployment's language, e.g. an alert kind's name.
   *
   * @param key the key
   * @return the text
   */
  public String text(String key) {
    return composer.text(key, language);
  }

  /**
   * A day as staff write it.
   *
   * @param day the day
   * @return e.g. {@code 16/08/2021}
   */
  public static String day(LocalDate day) {
    return DAY.format(day);
  }

  /**
   * A moment in the case's zone, as staff read times.
   *
   * @param at the instant
   * @param zone the case's zone
   * @return e.g. {@code 16/08 08:15}
   */
  public static String time(Instant at, ZoneId zone) {
    return TIME.format(at.atZone(zone));
  }

  /**
   * A unit by its name (its code if this deployment does not know it).
   *
   * @param tx the caller's transaction
   * @param unit the unit
   * @return e.g. {@code Thị trấn Chư Sê}
   */
  public static String unitName(StorageTransaction tx, JurisdictionPath unit) {
    return tx.jurisdictions().find(unit).map(Jurisdiction::name).orElse(unit.code());
  }
}
