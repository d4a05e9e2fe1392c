package org.homewatch.storage.jdbc.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.homewatch.model.AccountId;
import org.homewatch.model.Address;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.AlertKind;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseChange;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.Evidence;
import org.homewatch.model.FeedbackReply;
import org.homewatch.model.Finding;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.NationalId;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Severity;
import org.homewatch.model.Sex;
import org.homewatch.model.Wording;
import org.jspecify.annotations.Nullable;

/**
 * Turns the nested parts of the model into JSON text and back, through {@link Json}. Instants are written as
 * ISO-8601 text ({@link Instant#toString()}), so that they keep every digit.
 */
public final class Codec {
  private Codec() {}

  // ---- person ----

  public static String person(Person p) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("id", p.id().toString());
    m.put("fullName", p.fullName());
    m.put("birthYear", (long) p.birthDate().year().getValue());
    m.put("birthDate", p.birthDate().date().map(LocalDate::toString).orElse(null));
    m.put("sex", p.sex().name());
    m.put("phone", p.phone().e164());
    m.put("nationalId", p.nationalId().map(NationalId::value).orElse(null));
    Map<String, @Nullable Object> home = new LinkedHashMap<>();
    home.put("line", p.home().line());
    home.put("commune", p.home().commune().key());
    home.put("location", p.home().home().map(Codec::point).orElse(null));
    m.put("home", home);
    m.put("locale", p.locale().toLanguageTag());
    return Json.write(m);
  }

  public static Person person(String json) {
    Obj m = Obj.parse(json);
    Obj home = m.obj("home");
    Optional<LocalDate> date = m.optString("birthDate").map(LocalDate::parse);
    return new Person(
        PersonId.parse(m.string("id")),
        m.string("fullName"),
        new BirthDate(Year.of((int) m.number("birthYear")), date),
        Sex.valueOf(m.string("sex")),
        new PhoneNumber(m.string("phone")),
        m.optString("nationalId").map(NationalId::new),
        new Address(home.string("line"), JurisdictionPath.fromKey(home.string("commune")),
            home.optObj("location").map(Codec::point)),
        // written before the person's locale was kept (V19): Vietnamese, the default
        m.optString("locale").map(java.util.Locale::forLanguageTag).orElse(Person.VIETNAMESE));
  }

  private static Map<String, @Nullable Object> point(GeoPoint g) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("lat", g.latitude());
    m.put("lon", g.longitude());
    m.put("accuracy", g.accuracyMeters().isPresent() ? g.accuracyMeters().getAsDouble() : null);
    return m;
  }

  private static GeoPoint point(Obj m) {
    Optional<Double> accuracy = m.optDouble("accuracy");
    return new GeoPoint(m.dbl("lat"), m.dbl("lon"),
        accuracy.isPresent() ? OptionalDouble.of(accuracy.get()) : OptionalDouble.empty());
  }

  // ---- histories and threads ----

  public static String caseHistory(List<CaseChange> history) {
    List<Object> out = new ArrayList<>(history.size());
    for (CaseChange c : history) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("at", c.at().toString());
      m.put("by", c.by().value());
      m.put("kind", c.kind().name());
      m.put("detail", c.detail());
      c.wording().ifPresent(w -> m.put("wording", wordingValue(w)));
      out.add(m);
    }
    return Json.write(out);
  }

  public static List<CaseChange> caseHistory(String json) {
    List<CaseChange> out = new ArrayList<>();
    for (Obj m : Obj.parseList(json)) {
      out.add(new CaseChange(Instant.parse(m.string("at")), new AccountId(m.string("by")),
          CaseChange.Kind.valueOf(m.string("kind")),
          m.string("detail"), optionalWording(m)));
    }
    return out;
  }

  public static String alertHistory(List<AlertEvent> history) {
    List<Object> out = new ArrayList<>(history.size());
    for (AlertEvent e : history) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("at", e.at().toString());
      m.put("kind", e.kind().name());
      m.put("by", e.by().map(AccountId::value).orElse(null));
      m.put("detail", e.detail());
      if (e.levelAfter().isPresent()) {
        m.put("level", e.levelAfter().getAsInt());
      }
      e.wording().ifPresent(w -> m.put("wording", wordingValue(w)));
      out.add(m);
    }
    return Json.write(out);
  }

  public static List<AlertEvent> alertHistory(String json) {
    List<AlertEvent> out = new ArrayList<>();
    for (Obj m : Obj.parseList(json)) {
      out.add(new AlertEvent(Instant.parse(m.string("at")), AlertEvent.Kind.valueOf(m.string("kind")),
          m.optString("by").map(AccountId::new), m.string("detail"),
          m.values.get("level") == null ? OptionalInt.empty() : OptionalInt.of((int) m.number("level")),
          optionalWording(m)));
    }
    return out;
  }

  /** A wording as JSON: a literal as a string, a text as {@code {"key": .., "args": {name: wording}}}. */
  public static String wording(Wording wording) {
    return Json.write(wordingValue(wording));
  }

  private static Object wordingValue(Wording wording) {
    if (wording instanceof Wording.Literal literal) {
      return literal.value();
    }
    Wording.Text text = (Wording.Text) wording;
    Map<String, Object> args = new TreeMap<>();
    text.arguments().forEach((name, value) -> args.put(name, wordingValue(value)));
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("key", text.key());
    m.put("args", args);
    return m;
  }

  /** A history entry's wording, or none for an entry written before wordings were kept. */
  private static Optional<Wording> optionalWording(Obj m) {
    Object value = m.values.get("wording");
    return value == null ? Optional.empty() : Optional.of(wording(value, 0));
  }

  /** The wording {@link #wording(Wording)} wrote. */
  public static Wording wording(String json) {
    return wording(Json.read(json), 0);
  }

  @SuppressWarnings("unchecked")
  private static Wording wording(@Nullable Object value, int depth) {
    if (value instanceof String literal) {
      return Wording.literal(literal);
    }
    // deeper than any valid wording: a damaged value fails here rather than recursing without end
    if (depth > Wording.MAX_DEPTH) {
      throw new IllegalArgumentException("stored wording nests deeper than " + Wording.MAX_DEPTH);
    }
    Obj m = new Obj((Map<String, @Nullable Object>) Obj.require(value, Map.class, "wording"));
    Map<String, Wording> args = new LinkedHashMap<>();
    ((Map<String, @Nullable Object>) Obj.require(m.values.get("args"), Map.class, "args"))
        .forEach((name, arg) -> args.put(name, wording(arg, depth + 1)));
    return Wording.text(m.string("key"), args);
  }

  public static String replies(List<FeedbackReply> replies) {
    List<Object> out = new ArrayList<>(replies.size());
    for (FeedbackReply r : replies) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("at", r.at().toString());
      m.put("by", r.by().value());
      m.put("text", r.text());
      out.add(m);
    }
    return Json.write(out);
  }

  public static List<FeedbackReply> replies(String json) {
    List<FeedbackReply> out = new ArrayList<>();
    for (Obj m : Obj.parseList(json)) {
      out.add(new FeedbackReply(Instant.parse(m.string("at")), new AccountId(m.string("by")), m.string("text")));
    }
    return out;
  }

  public static String findings(List<Finding> findings) {
    List<Object> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("rule", f.ruleId());
      m.put("severity", f.severity().name());
      m.put("kind", f.kind().name());
      m.put("message", f.messageKey());
      List<Object> evidence = new ArrayList<>(f.evidence().size());
      for (Evidence e : f.evidence()) {
        Map<String, @Nullable Object> em = new LinkedHashMap<>();
        em.put("subject", e.subject());
        em.put("observed", e.observed());
        em.put("operator", e.operator());
        em.put("threshold", e.threshold());
        evidence.add(em);
      }
      m.put("evidence", evidence);
      out.add(m);
    }
    return Json.write(out);
  }

  public static List<Finding> findings(String json) {
    List<Finding> out = new ArrayList<>();
    for (Obj m : Obj.parseList(json)) {
      List<Evidence> evidence = new ArrayList<>();
      for (Obj e : m.list("evidence")) {
        evidence.add(new Evidence(e.string("subject"), e.string("observed"), e.string("operator"),
            e.string("threshold")));
      }
      out.add(new Finding(m.string("rule"), Severity.valueOf(m.string("severity")),
          AlertKind.valueOf(m.string("kind")), m.string("message"), evidence));
    }
    return out;
  }

  public static String contactPoints(List<ContactPoint> points) {
    List<Object> out = new ArrayList<>(points.size());
    for (ContactPoint p : points) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("channel", p.channel());
      m.put("address", p.address());
      out.add(m);
    }
    return Json.write(out);
  }

  public static List<ContactPoint> contactPoints(String json) {
    List<ContactPoint> out = new ArrayList<>();
    for (Obj m : Obj.parseList(json)) {
      out.add(new ContactPoint(m.string("channel"), m.string("address")));
    }
    return out;
  }

  public static String stringMap(Map<String, String> map) {
    return Json.write(new TreeMap<String, Object>(map));
  }

  public static Map<String, String> stringMap(String json) {
    Map<String, String> out = new TreeMap<>();
    Obj.parse(json).values.forEach((k, v) -> out.put(k, String.valueOf(v)));
    return out;
  }

  /** Typed reads from a parsed JSON object; a missing or mistyped field is a corrupt row. */
  private static final class Obj {
    final Map<String, @Nullable Object> values;

    private Obj(Map<String, @Nullable Object> values) {
      this.values = values;
    }

    @SuppressWarnings("unchecked")
    static Obj parse(String json) {
      return new Obj((Map<String, @Nullable Object>) require(Json.read(json), Map.class, "document"));
    }

    static List<Obj> parseList(String json) {
      return wrap((List<?>) require(Json.read(json), List.class, "document"));
    }

    @SuppressWarnings("unchecked")
    private static List<Obj> wrap(List<?> items) {
      List<Obj> out = new ArrayList<>(items.size());
      for (Object item : items) {
        out.add(new Obj((Map<String, @Nullable Object>) require(item, Map.class, "element")));
      }
      return out;
    }

    String string(String key) {
      return (String) require(values.get(key), String.class, key);
    }

    Optional<String> optString(String key) {
      return Optional.ofNullable(values.get(key)).map(v -> (String) require(v, String.class, key));
    }

    long number(String key) {
      return ((Number) require(values.get(key), Number.class, key)).longValue();
    }

    double dbl(String key) {
      return ((Number) require(values.get(key), Number.class, key)).doubleValue();
    }

    Optional<Double> optDouble(String key) {
      return Optional.ofNullable(values.get(key)).map(v -> ((Number) require(v, Number.class, key)).doubleValue());
    }

    @SuppressWarnings("unchecked")
    Obj obj(String key) {
      return new Obj((Map<String, @Nullable Object>) require(values.get(key), Map.class, key));
    }

    @SuppressWarnings("unchecked")
    Optional<Obj> optObj(String key) {
      return Optional.ofNullable(values.get(key))
          .map(v -> new Obj((Map<String, @Nullable Object>) require(v, Map.class, key)));
    }

    List<Obj> list(String key) {
      return wrap((List<?>) require(values.get(key), List.class, key));
    }

    private static Object require(@Nullable Object value, Class<?> type, String key) {
      if (!type.isInstance(value)) {
        throw new IllegalArgumentException("stored JSON field '" + key + "' is not a " + type.getSimpleName());
      }
      return value;
    }
  }
}
