package org.homewatch.core.rules.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.homewatch.core.rules.definition.AgeBand;
import org.homewatch.core.rules.definition.Condition;
import org.homewatch.core.rules.definition.Condition.ConsecutiveDays;
import org.homewatch.core.rules.definition.Condition.DistanceFromHome;
import org.homewatch.core.rules.definition.Condition.DropFromBaseline;
import org.homewatch.core.rules.definition.Condition.Persists;
import org.homewatch.core.rules.definition.Condition.SymptomGroup;
import org.homewatch.core.rules.definition.Condition.VitalThreshold;
import org.homewatch.core.rules.definition.RiskModifier;
import org.homewatch.core.rules.definition.RuleDefinition;
import org.homewatch.core.rules.definition.RuleSetDefinition;
import org.homewatch.core.rules.definition.Vital;
import org.homewatch.model.Severity;
import org.homewatch.model.Symptom;

/**
 * The meaning checks a rule set must pass before it is compiled, shared by the JSON reader (which knows the
 * file's paths) and {@link org.homewatch.core.rules.RuleSets#compile} (which uses the definition's own paths).
 */
public final class RuleSetChecks {
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,99}");
  static final Pattern MESSAGE_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,199}");
  static final int MAX_AGE = 130;
  static final int MAX_AGE_BANDS = 32;

  /** The codes {@link Symptom} names as constants: usable in every rule set without declaring them. */
  public static final Set<String> BUILT_IN_SYMPTOMS = builtInSymptoms();

  private RuleSetChecks() {}

  /** Checks a whole definition; paths are the definition's own ({@code $.rules[3]...}). */
  public static void checkDefinition(RuleSetDefinition d, Problems problems) {
    if (!ID.matcher(d.id()).matches()) {
      problems.add("$.id", "a rule-set id is lower-case letters, digits, '.', '_' or '-', was '" + d.id() + "'");
    }
    if (d.version() < 1) {
      problems.add("$.version", "the version must be 1 or more, was " + d.version());
    }
    List<String> bandPaths = new ArrayList<>();
    for (int i = 0; i < d.ageBands().size(); i++) {
      bandPaths.add("$.ageBands[" + i + "]");
    }
    checkAgeBands(d.ageBands(), bandPaths, problems);
    Set<String> codes = knownSymptoms(d.symptomCodes(), "$.symptomCodes", problems);
    d.riskModifier().ifPresent(m -> checkRiskModifier(m, "$.riskModifier", problems));
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < d.rules().size(); i++) {
      RuleDefinition r = d.rules().get(i);
      String path = "$.rules[" + i + "]";
      if (!ids.add(r.id())) {
        problems.add(path + ".id", "duplicate rule id '" + r.id() + "': every rule needs its own id");
      }
      checkRule(r, path, d.ageBands(), codes, problems);
    }
  }

  /** Symptom codes a rule may name: the built-in ones and those declared, checking the declared ones. */
  public static Set<String> knownSymptoms(List<String> declared, String path, Problems problems) {
    Set<String> known = new HashSet<>(BUILT_IN_SYMPTOMS);
    for (int i = 0; i < declared.size(); i++) {
      String code = declared.get(i);
      if (!validSymptomCode(code)) {
        problems.add(path + "[" + i + "]", "a symptom code is lower_snake_case (letters, digits, '_'), was '" + code
            + "'");
      } else if (!known.add(code) && !BUILT_IN_SYMPTOMS.contains(code)) {
        problems.add(path + "[" + i + "]", "symptom code '" + code + "' is declared twice");
      }
    }
    return known;
  }

  /** Bands sorted by age must start at 0, meet end to start, and end open ("and older"). */
  public static void checkAgeBands(List<AgeBand> bands, List<String> paths, Problems problems) {
    if (bands.isEmpty()) {
      problems.add("$.ageBands", "at least one age band is needed, e.g. {\"id\": \"all\", \"fromYears\": 0}");
      return;
    }
    if (bands.size() > MAX_AGE_BANDS) {
      problems.add("$.ageBands", "at most " + MAX_AGE_BANDS + " age bands, found " + bands.size());
    }
    Set<String> ids = new HashSet<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < bands.size(); i++) {
      AgeBand b = bands.get(i);
      if (!ID.matcher(b.id()).matches()) {
        problems.add(paths.get(i) + ".id", "an age-band id is lower-case letters, digits, '.', '_' or '-', was '"
            + b.id() + "'");
      }
      if (!ids.add(b.id())) {
        problems.add(paths.get(i) + ".id", "duplicate age band id '" + b.id() + "'");
      }
      if (b.fromYears() < 0 || b.fromYears() > MAX_AGE) {
        problems.add(paths.get(i) + ".fromYears", "must be between 0 and " + MAX_AGE + ", was " + b.fromYears());
      }
      if (b.toYears().isPresent() && b.toYears().getAsInt() <= b.fromYears()) {
        problems.add(paths.get(i) + ".toYears", "band '" + b.id() + "' ends (" + b.toYears().getAsInt()
            + ") at or before it starts (" + b.fromYears() + ")");
      }
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> bands.get(i).fromYears()));
    AgeBand first = bands.get(order.get(0));
    if (first.fromYears() != 0) {
      problems.add(paths.get(order.get(0)) + ".fromYears", "gap in age bands: no band covers ages 0 to "
          + (first.fromYears() - 1) + " years (the youngest band '" + first.id() + "' starts at "
          + first.fromYears() + ")");
    }
    for (int k = 0; k + 1 < order.size(); k++) {
      AgeBand a = bands.get(order.get(k));
      AgeBand b = bands.get(order.get(k + 1));
      String path = paths.get(order.get(k + 1)) + ".fromYears";
      if (a.toYears().isEmpty()) {
        problems.add(path, "overlap in age bands: '" + a.id() + "' already covers " + a.fromYears()
            + " years and older, so '" + b.id() + "' (from " + b.fromYears() + ") overlaps it");
      } else if (a.toYears().getAsInt() < b.fromYears()) {
        problems.add(path, "gap in age bands: no band covers ages " + a.toYears().getAsInt() + " to "
            + (b.fromYears() - 1) + " years (between '" + a.id() + "' and '" + b.id() + "')");
      } else if (a.toYears().getAsInt() > b.fromYears()) {
        problems.add(path, "overlap in age bands: ages " + b.fromYears() + " to " + (a.toYears().getAsInt() - 1)
            + " years are in both '" + a.id() + "' and '" + b.id() + "'");
      }
    }
    AgeBand last = bands.get(order.get(order.size() - 1));
    if (last.toYears().isPresent()) {
      problems.add(paths.get(order.get(order.size() - 1)) + ".toYears", "gap in age bands: no band covers ages "
          + last.toYears().getAsInt() + " years and older (leave out \"toYears\" on the oldest band '" + last.id()
          + "')");
    }
  }

  public static void checkRiskModifier(RiskModifier m, String path, Problems problems) {
    if (m.raiseBy() < 0 || m.raiseBy() > 3) {
      problems.add(path + ".raiseBy", "must be between 0 and 3 levels, was " + m.raiseBy());
    }
    if (m.cap() == Severity.NORMAL) {
      problems.add(path + ".cap", "a cap of NORMAL would lower findings; use WATCH, ABNORMAL or EMERGENCY");
    }
    if (m.ageAtLeast().isPresent() && (m.ageAtLeast().getAsInt() < 0 || m.ageAtLeast().getAsInt() > MAX_AGE)) {
      problems.add(path + ".ageAtLeast", "must be between 0 and " + MAX_AGE + ", was " + m.ageAtLeast().getAsInt());
    }
    if (m.factors().isEmpty() && m.ageAtLeast().isEmpty()) {
      problems.add(path, "names no risk factor and no age: it could never apply");
    }
  }

  /** Checks one rule against the set's bands and symptom codes. */
  public static void checkRule(RuleDefinition r, String path, List<AgeBand> bands, Set<String> symptoms,
      Problems problems) {
    if (!ID.matcher(r.id()).matches()) {
      problems.add(path + ".id", "a rule id is lower-case letters, digits, '.', '_' or '-', was '" + r.id() + "'");
    }
    if (r.severity() == Severity.NORMAL) {
      problems.add(path + ".severity", "a rule must raise WATCH, ABNORMAL or EMERGENCY, not NORMAL");
    }
    if (!MESSAGE_KEY.matcher(r.messageKey()).matches()) {
      problems.add(path + ".message", "a message key is letters, digits, '.', '_' or '-', was '" + r.messageKey()
          + "'");
    }
    Set<String> bandIds = new HashSet<>();
    bands.forEach(b -> bandIds.add(b.id()));
    for (int i = 0; i < r.ageBands().size(); i++) {
      if (!bandIds.contains(r.ageBands().get(i))) {
        problems.add(path + ".ageBands[" + i + "]", "unknown age band '" + r.ageBands().get(i) + "' (known: "
            + String.join(", ", bandIds.stream().sorted().toList()) + ")");
      }
    }
    checkCondition(r.condition(), path + ".when", bandIds, symptoms, problems);
  }

  private static void checkCondition(Condition c, String path, Set<String> bandIds, Set<String> symptoms,
      Problems problems) {
    if (c instanceof VitalThreshold v) {
      if (v.value().isPresent() == !v.byAgeBand().isEmpty()) {
        problems.add(path, "give either \"value\" (one threshold) or \"byAgeBand\" (one per band), not "
            + (v.value().isPresent() ? "both" : "neither"));
      }
      v.value().ifPresent(t -> threshold(v.vital(), t, path + ".value", problems));
      for (Map.Entry<String, Double> e : v.byAgeBand().entrySet()) {
        String p = path + ".byAgeBand." + e.getKey();
        if (!bandIds.contains(e.getKey())) {
          problems.add(p, "unknown age band '" + e.getKey() + "'");
        }
        threshold(v.vital(), e.getValue(), p, problems);
      }
    } else if (c instanceof SymptomGroup g) {
      if (g.of().isEmpty()) {
        problems.add(path + ".of", "names no symptom");
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < g.of().size(); i++) {
        String code = g.of().get(i);
        if (!symptoms.contains(code)) {
          problems.add(path + ".of[" + i + "]", "unknown symptom code '" + code
              + "': use a built-in code or declare it in \"symptomCodes\"");
        } else if (!seen.add(code)) {
          problems.add(path + ".of[" + i + "]", "symptom '" + code + "' is listed twice");
        }
      }
      if (g.atLeast() < 1 || g.atLeast() > Math.max(1, g.of().size())) {
        problems.add(path + ".atLeast", "must be between 1 and the number of symptoms listed (" + g.of().size()
            + "), was " + g.atLeast());
      }
    } else if (c instanceof ConsecutiveDays t) {
      threshold(t.vital(), t.value(), path + ".value", problems);
      range(t.days(), 2, 30, path + ".days", "days", problems);
    } else if (c instanceof DropFromBaseline t) {
      double span = t.vital().max() - t.vital().min();
      if (!(t.points() > 0 && t.points() <= span)) {
        problems.add(path + ".points", "must be above 0 and at most " + fmt(span) + " (the range of "
            + t.vital().jsonName() + "), was " + fmt(t.points()));
      }
      range(t.baselineReadings(), 1, 20, path + ".baselineReadings", "readings", problems);
      range(t.windowDays(), 1, 60, path + ".windowDays", "days", problems);
    } else if (c instanceof Persists t) {
      threshold(t.vital(), t.value(), path + ".value", problems);
      range(t.hours(), 1, 24 * 30, path + ".hours", "hours", problems);
    } else if (c instanceof DistanceFromHome t) {
      if (!(t.meters() >= 10 && t.meters() <= 100_000)) {
        problems.add(path + ".meters", "must be between 10 and 100000 m, was " + fmt(t.meters()));
      }
    }
  }

  private static void threshold(Vital vital, double value, String path, Problems problems) {
    if (!(value >= vital.min() && value <= vital.max())) {
      problems.add(path, "threshold " + fmt(value) + " for " + vital.jsonName()
          + " is outside the physiological range " + fmt(vital.min()) + "–" + fmt(vital.max()));
    }
  }

  private static void range(int value, int min, int max, String path, String unit, Problems problems) {
    if (value < min || value > max) {
      problems.add(path, "must be between " + min + " and " + max + " " + unit + ", was " + value);
    }
  }

  static boolean validSymptomCode(String code) {
    return code.matches("[a-z][a-z0-9_]{1,63}");
  }

  /** Numbers as a person writes them: 96, 38.5. */
  public static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
  }

  private static Set<String> builtInSymptoms() {
    Set<String> codes = new HashSet<>();
    for (java.lang.reflect.Field f : Symptom.class.getFields()) {
      if (f.getType() == Symptom.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
        try {
          codes.add(((Symptom) f.get(null)).code());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return Set.copyOf(codes);
  }
}
