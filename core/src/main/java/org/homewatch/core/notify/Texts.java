package org.homewatch.core.notify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homewatch.ConfigurationException;
import org.homewatch.ValidationException;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.CaseChange;
import org.homewatch.model.Person;
import org.homewatch.model.Wording;

/**
 * Every text a person reads, in their language: notification templates and the names in them, the texts of rule
 * findings, and validation messages. Built by {@code Homewatch} (see {@code Homewatch.Builder.texts} and
 * {@code ruleMessages}) and handed out by {@code homewatch.texts()}, so that a portal shows the same words as the
 * messages Homewatch sends.
 *
 * <p>A key is looked up, in order: for a rule finding's text, in the province's rule-message bundles given on the
 * builder; then in the integrator's override bundles, in the order given; then in Homewatch's own bundles
 * ({@value #TEMPLATES}, {@value #RULE_MESSAGES}, {@code org.homewatch.validation}). Every bundle follows Homewatch's
 * layout: its base file ({@code name.properties}) is Vietnamese, {@code name_en.properties} English, both UTF-8.
 *
 * <p>Homewatch speaks Vietnamese and English: a reader whose language is English reads English, everybody else
 * Vietnamese (a reader's locale is never replaced by the JVM's default locale). An English reader is never shown a
 * Vietnamese text of an override bundle: a key an override bundle has only in its base (Vietnamese) file falls
 * through to the next bundle's English text.
 *
 * <p>Immutable and thread-safe; bundles are cached by {@link ResourceBundle}.
 */
public final class Texts {
  /** The base name of Homewatch's notification templates. */
  public static final String TEMPLATES = "org.homewatch.core.notify.templates";
  /** The base name of the texts of the shipped rule sets' findings. */
  public static final String RULE_MESSAGES = "org.homewatch.core.rules.messages";
  /** The suffix of a rule message's variant for children: a person under {@value #CHILD_UNDER_YEARS} reads it. */
  public static final String CHILD_VARIANT = ".child";
  /** MoH Decision 261's children are those under 16: they read a rule message's children's variant if it has one. */
  public static final int CHILD_UNDER_YEARS = 16;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
  private static final Texts SHIPPED = new Texts(List.of(), List.of(), Texts.class.getClassLoader());

  private final List<String> overrides;
  private final List<String> ruleBundles;
  private final ClassLoader loader;

  private Texts(List<String> overrides, List<String> ruleBundles, ClassLoader loader) {
    this.overrides = List.copyOf(overrides);
    this.ruleBundles = List.copyOf(ruleBundles);
    this.loader = loader;
  }

  /**
   * Homewatch's own texts, with no override.
   *
   * @return the shipped texts
   */
  public static Texts shipped() {
    return SHIPPED;
  }

  /**
   * Texts with the integrator's overrides and a province's rule messages before Homewatch's own.
   *
   * @param overrides bundle base names (e.g. {@code com.example.portal.texts}) whose texts replace any of Homewatch's,
   *     the first given winning
   * @param ruleBundles bundle base names holding a province rule set's own message keys
   * @param loader the class loader that sees those bundles
   * @return the texts
   * @throws ConfigurationException naming a bundle that has no base (Vietnamese) file
   */
  public static Texts of(List<String> overrides, List<String> ruleBundles, ClassLoader loader) {
    List<String> all = new ArrayList<>(overrides);
    all.addAll(ruleBundles);
    for (String name : all) {
      if (bundle(name, Person.VIETNAMESE, loader).isEmpty()) {
        throw new ConfigurationException("texts: no bundle '" + name + "' (looked for "
            + name.replace('.', '/') + ".properties, the Vietnamese base file, on the class path)");
      }
    }
    return new Texts(overrides, ruleBundles, loader);
  }

  /**
   * The language Homewatch writes to a reader in: English for an English locale, Vietnamese for any other.
   *
   * @param reader the reader's locale
   * @return {@link Locale#ENGLISH} or {@link Person#VIETNAMESE}
   */
  public static Locale language(Locale reader) {
    return "en".equals(reader.getLanguage()) ? Locale.ENGLISH : Person.VIETNAMESE;
  }

  /**
   * A template or a name of the notification texts (e.g. {@code severity.EMERGENCY}, {@code window.afternoon}).
   *
   * @param key the key
   * @param reader the reader's locale
   * @return the text in the reader's language
   * @throws ConfigurationException if neither an override nor Homewatch has a text for the key
   */
  public String template(String key, Locale reader) {
    return find(overrides, key, reader).or(() -> find(List.of(TEMPLATES), key, reader))
        .orElseThrow(() -> new ConfigurationException("no text '" + key + "' for " + language(reader) + " in "
            + TEMPLATES + (overrides.isEmpty() ? "" : " or " + overrides)));
  }

  /**
   * The template {@code key} in the reader's language with its {@code {name}} placeholders filled from
   * {@code parameters}; a placeholder without a value stays as written. Plain replacement, not
   * {@link java.text.MessageFormat}, which treats the apostrophes of ordinary text as quotes.
   *
   * @param key the template's key
   * @param reader the reader's locale
   * @param parameters the placeholders' values by name
   * @return the text in the reader's language
   * @throws ConfigurationException if neither an override nor Homewatch has a text for the key
   */
  public String render(String key, Locale reader, Map<String, String> parameters) {
    return fill(template(key, reader), parameters);
  }

  /**
   * What a wording says, in the reader's language: each text by its key (a template, or a rule finding's message),
   * its arguments rendered first; literals as they are.
   *
   * @param wording what to say
   * @param reader the reader's locale
   * @return the text in the reader's language
   * @throws ConfigurationException if no bundle has a text for one of its keys
   */
  public String render(Wording wording, Locale reader) {
    if (wording instanceof Wording.Literal literal) {
      return literal.value();
    }
    Wording.Text text = (Wording.Text) wording;
    Map<String, String> arguments = new HashMap<>();
    text.arguments().forEach((name, argument) -> arguments.put(name, render(argument, reader)));
    return fill(anyText(text.key(), reader), arguments);
  }

  /**
   * An alert's line in the reader's language: its {@linkplain Alert#summaryWording() wording} rendered, or the
   * stored summary (in the deployment's language) for an alert stored without one, or whose wording names a key no
   * bundle has any more. This is what a portal shows in a staff member's alert queue.
   *
   * @param alert the alert
   * @param reader the reader's locale
   * @return the line
   */
  public String summary(Alert alert, Locale reader) {
    return rendered(alert.summaryWording(), alert.summary(), reader);
  }

  /**
   * A case history entry's detail in the reader's language: its {@linkplain CaseChange#wording() wording}
   * rendered, or the stored detail (in the deployment's language) for an entry stored without one, or whose wording
   * names a key no bundle has any more. This is what a portal shows on a staff member's case page. Words somebody
   * typed (a reason, a note) read as they were typed in every language.
   *
   * @param change the history entry
   * @param reader the reader's locale
   * @return the detail
   */
  public String detail(CaseChange change, Locale reader) {
    return rendered(change.wording(), change.detail(), reader);
  }

  /**
   * An alert history step's detail in the reader's language: its {@linkplain AlertEvent#wording() wording}
   * rendered, or the stored detail (in the deployment's language) for a step stored without one, or whose wording
   * names a key no bundle has any more.
   *
   * @param event the step
   * @param reader the reader's locale
   * @return the detail
   */
  public String detail(AlertEvent event, Locale reader) {
    return rendered(event.wording(), event.detail(), reader);
  }

  private String rendered(Optional<Wording> wording, String stored, Locale reader) {
    if (wording.isEmpty()) {
      return stored;
    }
    try {
      return render(wording.get(), reader);
    } catch (ConfigurationException keyGone) {
      return stored;
    }
  }

  /** A key of any bundle: a rule finding's message (the province's first) or a template. */
  private String anyText(String key, Locale reader) {
    return find(ruleBundles, key, reader).or(() -> find(overrides, key, reader))
        .or(() -> find(List.of(TEMPLATES, RULE_MESSAGES), key, reader))
        .orElseThrow(() -> new ConfigurationException("no text '" + key + "' for " + language(reader) + " in "
            + TEMPLATES + ", " + RULE_MESSAGES + (overrides.isEmpty() && ruleBundles.isEmpty() ? ""
                : " or " + ruleBundles + overrides)));
  }

  private static String fill(String template, Map<String, String> parameters) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = parameters.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The text of a rule finding's message key: from the province's rule-message bundles, an override, or the shipped
   * rule sets' texts.
   *
   * @param messageKey the rule's message key
   * @param reader the reader's locale
   * @return the text, or empty if no bundle has one in the reader's language
   */
  public Optional<String> ruleMessage(String messageKey, Locale reader) {
    return find(ruleBundles, messageKey, reader).or(() -> find(overrides, messageKey, reader))
        .or(() -> find(List.of(RULE_MESSAGES), messageKey, reader));
  }

  /**
   * The text of a rule finding for a person of {@code ageInYears}: a child (under {@value #CHILD_UNDER_YEARS}) reads
   * the key's children's variant ({@code key.child}) where there is one, so that an adult is not listed children's
   * signs and a parent reads the signs to watch in a child.
   *
   * @param messageKey the rule's message key
   * @param ageInYears the person's age on the day of the declaration
   * @param reader the reader's locale
   * @return the text, or empty if no bundle has one in the reader's language
   */
  public Optional<String> ruleMessage(String messageKey, int ageInYears, Locale reader) {
    if (ageInYears < CHILD_UNDER_YEARS) {
      Optional<String> child = ruleMessage(messageKey + CHILD_VARIANT, reader);
      if (child.isPresent()) {
        return child;
      }
    }
    return ruleMessage(messageKey, reader);
  }

  /**
   * A validation failure's text: an override of its key, else {@link ValidationException.Violation#message}.
   *
   * @param violation the violation
   * @param reader the reader's locale
   * @return the text in the reader's language (the violation's English default message if no bundle has its key)
   */
  public String violation(ValidationException.Violation violation, Locale reader) {
    return find(overrides, violation.messageKey(), reader).orElseGet(() -> violation.message(language(reader)));
  }

  /** The first of {@code bundles} that has {@code key} in the reader's language. */
  private Optional<String> find(List<String> bundles, String key, Locale reader) {
    Locale language = language(reader);
    for (String name : bundles) {
      Optional<ResourceBundle> bundle = bundle(name, language, loader);
      if (bundle.isPresent() && bundle.get().containsKey(key)) {
        return Optional.of(bundle.get().getString(key));
      }
    }
    return Optional.empty();
  }

  /**
   * The bundle of exactly one language: for English only {@code name_en}, whose parent is not the Vietnamese base
   * (so a key it lacks is not answered in Vietnamese); for Vietnamese {@code name_vi}, then the base.
   */
  private static Optional<ResourceBundle> bundle(String name, Locale language, ClassLoader loader) {
    try {
      return Optional.of(ResourceBundle.getBundle(name, language, loader, OneLanguage.CONTROL));
    } catch (MissingResourceException none) {
      return Optional.empty();
    }
  }

  /** Properties files only, no fallback to the JVM's locale, and the base file for Vietnamese only. */
  private static final class OneLanguage extends ResourceBundle.Control {
    static final OneLanguage CONTROL = new OneLanguage();

    @Override
    public List<String> getFormats(String baseName) {
      return FORMAT_PROPERTIES;
    }

    @Override
    public List<Locale> getCandidateLocales(String baseName, Locale locale) {
      return "vi".equals(locale.getLanguage()) ? List.of(Person.VIETNAMESE, Locale.ROOT) : List.of(Locale.ENGLISH);
    }

    @Override
    public @org.jspecify.annotations.Nullable Locale getFallbackLocale(String baseName, Locale locale) {
      return null;
    }
  }
}
