package org.homewatch.core.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.homewatch.model.AccountId;
import org.homewatch.model.CaseChange;
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
 *
 * <p>Each entry also keeps what it says as a {@link Wording} ({@link CaseChange#wording()},
 * {@link org.homewatch.model.AlertEvent#wording()}), so that a staff member who reads another language reads it in
 * theirs ({@link Texts#detail(CaseChange, Locale)}). Values that read the same in every language are literals:
 * dates and times as above, ids, numbers, unit names, a correction's values before and after, and words somebody
 * typed (a reason, a note); everything else names a text key.
 */
public final class HistoryDetails {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm");
  private static final String[] LIST_PLACES = {"first", "second", "third", "fourth", "fifth", "sixth"};
  /** The list templates by the number of items they join. */
  private static final String[] LISTS = {"", "", "history.list2", "history.list3", "history.list4", "history.list5",
      "history.list6"};

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
   * A case history entry: {@code said} in the deployment's language as its detail, and the wording itself.
   *
   * @param at when the change was made
   * @param by who made it
   * @param kind what happened
   * @param said what the entry says
   * @return the entry
   */
  public CaseChange change(Instant at, AccountId by, CaseChange.Kind kind, Wording said) {
    return new CaseChange(at, by, kind, render(said), Optional.of(said));
  }

  /**
   * Words as somebody wrote them (a reason or note staff typed, a unit's name, an id, a channel's failure reason),
   * which read the same in every language ({@link Wording#asWritten}: shortened and cleaned where a literal could not
   * hold them): the stored detail keeps them whole, and the wording must never fail the change it records.
   *
   * @param value the words
   * @return the literal
   */
  public static Wording asWritten(String value) {
    return Wording.asWritten(value);
  }

  /**
   * Names or values joined as a list ({@code history.list2} ... {@code history.list6}: "a, b, c"); an empty list is
   * an empty literal. Longer lists nest their tail in the sixth place.
   *
   * @param items the items, in order
   * @return the list
   */
  public static Wording list(List<? extends Wording> items) {
    if (items.isEmpty()) {
      return Wording.literal("");
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    int shown = Math.min(items.size(), LIST_PLACES.length);
    Map<String, Wording> arguments = new java.util.HashMap<>();
    for (int i = 0; i < shown - 1; i++) {
      arguments.put(LIST_PLACES[i], items.get(i));
    }
    arguments.put(LIST_PLACES[shown - 1], items.size() > LIST_PLACES.length
        ? list(items.subList(shown - 1, items.size())) : items.get(shown - 1));
    return Wording.text(LISTS[shown], arguments);
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
   * A day as staff write it, as a literal.
   *
   * @param day the day
   * @return e.g. {@code 16/08/2021}
   */
  public static Wording dayOf(LocalDate day) {
    return Wording.literal(day(day));
  }

  /**
   * A moment in the case's zone as staff read times, as a literal.
   *
   * @param at the instant
   * @param zone the case's zone
   * @return e.g. {@code 16/08 08:15}
   */
  public static Wording timeOf(Instant at, ZoneId zone) {
    return Wording.literal(time(at, zone));
  }

  /**
   * A unit by its name (its code if this deployment does not know it), as a literal.
   *
   * @param tx the caller's transaction
   * @param unit the unit
   * @return e.g. {@code Thị trấn Chư Sê}
   */
  public static Wording unitOf(StorageTransaction tx, JurisdictionPath unit) {
    return asWritten(unitName(tx, unit));
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
