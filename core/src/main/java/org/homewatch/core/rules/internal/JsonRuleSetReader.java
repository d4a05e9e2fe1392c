package org.homewatch.core.rules.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.homewatch.ConfigurationException;
import org.homewatch.core.rules.definition.AgeBand;
import org.homewatch.core.rules.definition.Comparison;
import org.homewatch.core.rules.definition.Condition;
import org.homewatch.core.rules.definition.RiskModifier;
import org.homewatch.core.rules.definition.RuleDefinition;
import org.homewatch.core.rules.definition.RuleSetDefinition;
import org.homewatch.core.rules.definition.Vital;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.RuleSetRef;
import org.homewatch.model.Severity;

/**
 * Reads a rule-set file into a {@link RuleSetDefinition}, reporting every problem with its JSON path. A province
 * file ({@code "extends": "<base id>"}) is merged onto its base: {@code rules} adds rules, {@code overrides}
 * replaces base rules by id, {@code remove} drops them; bands, offset, modifier replace the base's when given.
 */
public final class JsonRuleSetReader {
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  private static final Set<String> TOP = Set.of("id", "version", "title", "extends", "utcOffset", "ageBands",
      "symptomCodes", "riskModifier", "rules", "overrides", "remove", "note", "basedOn");
  private static final Set<String> RULE = Set.of("id", "severity", "message", "ageBands", "when", "note");

  private final String source;
  private final Problems problems;

  private JsonRuleSetReader(String source) {
    this.source = source;
    this.problems = new Problems(source);
  }

  /**
   * Parses and checks a file.
   *
   * @param bases resolves an {@code "extends"} id to the base definition
   * @param explicitBase the base given through the API, which an {@code "extends"} in the file must then name
   */
  public static RuleSetDefinition read(String source, InputStream json,
      Function<String, Optional<RuleSetDefinition>> bases, Optional<RuleSetDefinition> explicitBase) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonParseException e) {
      throw new ConfigurationException("rule set '" + source + "' is not valid JSON at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
          + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new ConfigurationException("rule set '" + source + "' is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ConfigurationException("rule set '" + source + "' could not be read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new ConfigurationException("rule set '" + source + "': $: the file must hold one JSON object");
    }
    JsonRuleSetReader reader = new JsonRuleSetReader(source);
    RuleSetDefinition d = reader.readRoot(root, bases, explicitBase);
    reader.problems.throwIfAny();
    return d;
  }

  private RuleSetDefinition readRoot(JsonNode root, Function<String, Optional<RuleSetDefinition>> bases,
      Optional<RuleSetDefinition> explicitBase) {
    unknownFields(root, "$", TOP);
    String id = text(root, "id", "$").orElse("invalid");
    int version = integer(root, "version", "$").orElse(1);
    String title = optionalText(root, "title", "$").orElse(id);
    Optional<String> extendsId = optionalText(root, "extends", "$");
    Optional<RuleSetDefinition> base = explicitBase;
    if (extendsId.isPresent()) {
      if (explicitBase.isPresent() && !explicitBase.get().id().equals(extendsId.get())) {
        problems.add("$.extends", "the file extends '" + extendsId.get() + "' but was loaded onto base '"
            + explicitBase.get().id() + "'");
      } else if (explicitBase.isEmpty()) {
        base = bases.apply(extendsId.get());
        if (base.isEmpty()) {
          problems.add("$.extends", "unknown base rule set '" + extendsId.get()
              + "' (shipped: moh261, moh4038; or load the base yourself and use RuleSets.load(base, file))");
        }
      }
    }
    for (String field : List.of("overrides", "remove")) {
      if (root.has(field) && base.isEmpty()) {
        problems.add("$." + field, "only a file that \"extends\" a base set can " + field + " rules");
      }
    }
    Optional<RuleSetRef> basedOn = base.map(RuleSetDefinition::ref);
    if (root.has("basedOn")) {
      // written by the library when it saves a merged set; a hand-written province file uses "extends"
      if (extendsId.isPresent() || explicitBase.isPresent()) {
        problems.add("$.basedOn", "a file that extends a base cannot also say \"basedOn\"");
      } else {
        basedOn = basedOn(root.get("basedOn"));
      }
    }
    ZoneOffset offset = offset(root).orElse(base.map(RuleSetDefinition::utcOffset).orElse(ZoneOffset.ofHours(7)));
    List<AgeBand> bands;
    if (root.has("ageBands")) {
      bands = ageBands(root.get("ageBands"));
    } else if (base.isPresent()) {
      bands = base.get().ageBands();
    } else {
      bands = List.of();
      problems.add("$.ageBands", "missing: a rule set needs age bands covering every age from 0");
    }
    List<String> codes = new ArrayList<>(base.map(RuleSetDefinition::symptomCodes).orElse(List.of()));
    List<String> ownCodes = root.has("symptomCodes") ? strings(root.get("symptomCodes"), "$.symptomCodes")
        : List.of();
    for (String c : ownCodes) {
      if (!codes.contains(c)) {
        codes.add(c);
      }
    }
    Set<String> known = RuleSetChecks.knownSymptoms(ownCodes, "$.symptomCodes", problems);
    known.addAll(codes);
    Optional<RiskModifier> modifier = root.has("riskModifier")
        ? Optional.ofNullable(riskModifier(root.get("riskModifier"), "$.riskModifier"))
        : base.flatMap(RuleSetDefinition::riskModifier);

    Map<String, RuleDefinition> rules = new LinkedHashMap<>();
    Map<String, String> origin = new HashMap<>();
    if (base.isPresent()) {
      for (RuleDefinition r : base.get().rules()) {
        rules.put(r.id(), r);
        origin.put(r.id(), "base rule set '" + base.get().id() + "'");
      }
      // a base rule is re-checked only through the file's bands: its own paths belong to the base file
      if (root.has("ageBands")) {
        for (RuleDefinition r : base.get().rules()) {
          RuleSetChecks.checkRule(r, "base rule '" + r.id() + "'", bands, known, problems);
        }
      }
    }
    if (root.has("remove")) {
      List<String> removed = strings(root.get("remove"), "$.remove");
      for (int i = 0; i < removed.size(); i++) {
        if (rules.remove(removed.get(i)) == null) {
          problems.add("$.remove[" + i + "]", "cannot remove rule '" + removed.get(i) + "': the base has no such rule");
        }
      }
    }
    if (root.has("overrides")) {
      forEachElement(root.get("overrides"), "$.overrides", (node, path) -> {
        RuleDefinition r = rule(node, path, bands, known);
        if (r != null) {
          if (!rules.containsKey(r.id()) || !origin.containsKey(r.id())) {
            problems.add(path + ".id", "override of a missing rule: the base set has no rule '" + r.id()
                + "' (to add a new rule, put it under \"rules\")");
          } else {
            rules.put(r.id(), r);
            origin.remove(r.id());
          }
        }
      });
    }
    if (root.has("rules")) {
      forEachElement(root.get("rules"), "$.rules", (node, path) -> {
        RuleDefinition r = rule(node, path, bands, known);
        if (r != null) {
          if (rules.containsKey(r.id())) {
            problems.add(path + ".id", "duplicate rule id '" + r.id() + "'"
                + (origin.containsKey(r.id()) ? " (the base already has it: to replace it, put it under \"overrides\")"
                    : ": every rule needs its own id"));
          } else {
            rules.put(r.id(), r);
          }
        }
      });
    } else if (base.isEmpty()) {
      problems.add("$.rules", "missing: a rule set needs rules");
    }
    return new RuleSetDefinition(id, version, title, basedOn, offset, bands, codes,
        modifier, List.copyOf(rules.values()));
  }

  private Optional<ZoneOffset> offset(JsonNode root) {
    Optional<String> text = optionalText(root, "utcOffset", "$");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneOffset.of(text.get()));
    } catch (DateTimeException e) {
      problems.add("$.utcOffset", "not an offset like \"+07:00\": '" + text.get() + "'");
      return Optional.empty();
    }
  }

  private List<AgeBand> ageBands(JsonNode node) {
    List<AgeBand> bands = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    forEachElement(node, "$.ageBands", (n, path) -> {
      unknownFields(n, path, Set.of("id", "fromYears", "toYears", "note"));
      Optional<String> id = text(n, "id", path);
      OptionalInt from = integer(n, "fromYears", path);
      OptionalInt to = n.has("toYears") ? integer(n, "toYears", path) : OptionalInt.empty();
      if (id.isPresent() && from.isPresent()) {
        bands.add(new AgeBand(id.get(), from.getAsInt(), to));
        paths.add(path);
      }
    });
    if (!bands.isEmpty() || node.isArray()) {
      RuleSetChecks.checkAgeBands(bands, paths, problems);
    }
    return bands;
  }

  private @org.jspecify.annotations.Nullable RiskModifier riskModifier(JsonNode n, String path) {
    if (!n.isObject()) {
      problems.add(path, "must be an object");
      return null;
    }
    unknownFields(n, path, Set.of("factors", "ageAtLeast", "raiseBy", "cap", "note"));
    List<RiskFactor> factors = new ArrayList<>();
    List<String> names = n.has("factors") ? strings(n.get("factors"), path + ".factors") : List.of();
    for (int i = 0; i < names.size(); i++) {
      try {
        factors.add(RiskFactor.valueOf(names.get(i)));
      } catch (IllegalArgumentException e) {
        problems.add(path + ".factors[" + i + "]", "unknown risk factor '" + names.get(i) + "' (known: "
            + List.of(RiskFactor.values()) + ")");
      }
    }
    OptionalInt age = n.has("ageAtLeast") ? integer(n, "ageAtLeast", path) : OptionalInt.empty();
    int raiseBy = integer(n, "raiseBy", path).orElse(1);
    Optional<Severity> cap = severity(n, "cap", path);
    if (cap.isEmpty()) {
      return null;
    }
    RiskModifier m = new RiskModifier(factors, age, raiseBy, cap.get());
    RuleSetChecks.checkRiskModifier(m, path, problems);
    return m;
  }

  private @org.jspecify.annotations.Nullable RuleDefinition rule(JsonNode n, String path, List<AgeBand> bands,
      Set<String> known) {
    if (!n.isObject()) {
      problems.add(path, "a rule must be a JSON object");
      return null;
    }
    unknownFields(n, path, RULE);
    Optional<String> id = text(n, "id", path);
    Optional<Severity> severity = severity(n, "severity", path);
    Optional<String> message = text(n, "message", path);
    List<String> ageBands = n.has("ageBands") ? strings(n.get("ageBands"), path + ".ageBands") : List.of();
    Condition condition = null;
    if (!n.has("when")) {
      problems.add(path + ".when", "missing: the condition of the rule");
    } else {
      condition = condition(n.get("when"), path + ".when");
    }
    if (id.isEmpty() || severity.isEmpty() || message.isEmpty() || condition == null) {
      return null;
    }
    RuleDefinition r = new RuleDefinition(id.get(), severity.get(), message.get(), ageBands, condition);
    RuleSetChecks.checkRule(r, path, bands, known, problems);
    return r;
  }

  private @org.jspecify.annotations.Nullable Condition condition(JsonNode n, String path) {
    if (!n.isObject()) {
      problems.add(path, "must be an object with a \"type\"");
      return null;
    }
    Optional<String> type = text(n, "type", path);
    if (type.isEmpty()) {
      return null;
    }
    switch (type.get()) {
      case "vital" -> {
        unknownFields(n, path, Set.of("type", "vital", "op", "value", "byAgeBand", "note"));
        Optional<Vital> vital = vital(n, path);
        Optional<Comparison> op = op(n, path);
        OptionalDouble value = n.has("value") ? number(n, "value", path) : OptionalDouble.empty();
        Map<String, Double> byBand = new LinkedHashMap<>();
        if (n.has("byAgeBand")) {
          JsonNode m = n.get("byAgeBand");
          if (!m.isObject()) {
            problems.add(path + ".byAgeBand", "must be an object of age band id to threshold");
          } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
              Map.Entry<String, JsonNode> e = it.next();
              if (!e.getValue().isNumber()) {
                problems.add(path + ".byAgeBand." + e.getKey(), "must be a number");
              } else {
                byBand.put(e.getKey(), e.getValue().doubleValue());
              }
            }
          }
        }
        if (vital.isEmpty() || op.isEmpty()) {
          return null;
        }
        return new Condition.VitalThreshold(vital.get(), op.get(), value, byBand);
      }
      case "symptoms" -> {
        unknownFields(n, path, Set.of("type", "atLeast", "of", "note"));
        int atLeast = n.has("atLeast") ? integer(n, "atLeast", path).orElse(1) : 1;
        if (!n.has("of")) {
          problems.add(path + ".of", "missing: the symptom codes of the group");
          return null;
        }
        return new Condition.SymptomGroup(atLeast, strings(n.get("of"), path + ".of"));
      }
      case "consecutiveDays" -> {
        unknownFields(n, path, Set.of("type", "vital", "op", "value", "days", "note"));
        Optional<Vital> vital = vital(n, path);
        Optional<Comparison> op = op(n, path);
        OptionalDouble value = number(n, "value", path);
        OptionalInt days = integer(n, "days", path);
        if (vital.isEmpty() || op.isEmpty() || value.isEmpty() || days.isEmpty()) {
          return null;
        }
        return new Condition.ConsecutiveDays(vital.get(), op.get(), value.getAsDouble(), days.getAsInt());
      }
      case "dropFromBaseline" -> {
        unknownFields(n, path, Set.of("type", "vital", "points", "baselineReadings", "windowDays", "note"));
        Optional<Vital> vital = vital(n, path);
        OptionalDouble points = number(n, "points", path);
        int readings = n.has("baselineReadings") ? integer(n, "baselineReadings", path).orElse(3) : 3;
        OptionalInt window = integer(n, "windowDays", path);
        if (vital.isEmpty() || points.isEmpty() || window.isEmpty()) {
          return null;
        }
        return new Condition.DropFromBaseline(vital.get(), points.getAsDouble(), readings, window.getAsInt());
      }
      case "persists" -> {
        unknownFields(n, path, Set.of("type", "vital", "op", "value", "hours", "note"));
        Optional<Vital> vital = vital(n, path);
        Optional<Comparison> op = op(n, path);
        OptionalDouble value = number(n, "value", path);
        OptionalInt hours = integer(n, "hours", path);
        if (vital.isEmpty() || op.isEmpty() || value.isEmpty() || hours.isEmpty()) {
          return null;
        }
        return new Condition.Persists(vital.get(), op.get(), value.getAsDouble(), hours.getAsInt());
      }
      case "distanceFromHome" -> {
        unknownFields(n, path, Set.of("type", "meters", "note"));
        OptionalDouble meters = number(n, "meters", path);
        return meters.isEmpty() ? null : new Condition.DistanceFromHome(meters.getAsDouble());
      }
      default -> {
        problems.add(path + ".type", "unknown condition type '" + type.get()
            + "' (known: vital, symptoms, consecutiveDays, dropFromBaseline, persists, distanceFromHome)");
        return null;
      }
    }
  }

  private Optional<Vital> vital(JsonNode n, String path) {
    Optional<String> name = text(n, "vital", path);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<Vital> v = Vital.fromJson(name.get());
    if (v.isEmpty()) {
      problems.add(path + ".vital", "unknown vital '" + name.get() + "' (known: "
          + String.join(", ", java.util.Arrays.stream(Vital.values()).map(Vital::jsonName).toList()) + ")");
    }
    return v;
  }

  private Optional<Comparison> op(JsonNode n, String path) {
    Optional<String> symbol = text(n, "op", path);
    if (symbol.isEmpty()) {
      return Optional.empty();
    }
    Optional<Comparison> c = Comparison.fromSymbol(symbol.get());
    if (c.isEmpty()) {
      problems.add(path + ".op", "unknown operator '" + symbol.get() + "' (known: <, <=, >, >=)");
    }
    return c;
  }

  private Optional<Severity> severity(JsonNode n, String field, String path) {
    Optional<String> name = text(n, field, path);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Severity.valueOf(name.get()));
    } catch (IllegalArgumentException e) {
      problems.add(path + "." + field, "unknown severity '" + name.get() + "' (known: WATCH, ABNORMAL, EMERGENCY)");
      return Optional.empty();
    }
  }

  private void unknownFields(JsonNode n, String path, Set<String> allowed) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        problems.add(path + "." + f, "unknown field (allowed here: " + String.join(", ", allowed.stream().sorted()
            .toList()) + ")");
      }
    }
  }

  private Optional<String> text(JsonNode n, String field, String path) {
    if (!n.has(field)) {
      problems.add(path + "." + field, "missing");
      return Optional.empty();
    }
    return optionalText(n, field, path);
  }

  private Optional<String> optionalText(JsonNode n, String field, String path) {
    JsonNode v = n.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      problems.add(path + "." + field, "must be a string");
      return Optional.empty();
    }
    return Optional.of(v.asText());
  }

  private OptionalInt integer(JsonNode n, String field, String path) {
    JsonNode v = n.get(field);
    if (v == null) {
      problems.add(path + "." + field, "missing");
      return OptionalInt.empty();
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      problems.add(path + "." + field, "must be a whole number, was " + v);
      return OptionalInt.empty();
    }
    return OptionalInt.of(v.intValue());
  }

  private OptionalDouble number(JsonNode n, String field, String path) {
    JsonNode v = n.get(field);
    if (v == null) {
      problems.add(path + "." + field, "missing");
      return OptionalDouble.empty();
    }
    if (!v.isNumber()) {
      problems.add(path + "." + field, "must be a number, was " + v);
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(v.doubleValue());
  }

  private List<String> strings(JsonNode n, String path) {
    List<String> out = new ArrayList<>();
    forEachElement(n, path, (e, p) -> {
      if (e.isTextual()) {
        out.add(e.asText());
      } else {
        problems.add(p, "must be a string");
      }
    });
    return out;
  }

  private void forEachElement(JsonNode n, String path, java.util.function.BiConsumer<JsonNode, String> action) {
    if (!n.isArray()) {
      problems.add(path, "must be a JSON array");
      return;
    }
    for (int i = 0; i < n.size(); i++) {
      action.accept(n.get(i), path + "[" + i + "]");
    }
  }

  private Optional<RuleSetRef> basedOn(JsonNode n) {
    unknownFields(n, "$.basedOn", Set.of("id", "version"));
    Optional<String> id = text(n, "id", "$.basedOn");
    OptionalInt version = integer(n, "version", "$.basedOn");
    if (id.isEmpty() || version.isEmpty() || id.get().isBlank() || version.getAsInt() < 1) {
      problems.add("$.basedOn", "needs an \"id\" and a \"version\" from 1");
      return Optional.empty();
    }
    return Optional.of(new RuleSetRef(id.get(), version.getAsInt()));
  }

  @Override
  public String toString() {
    return "JsonRuleSetReader[" + source + "]";
  }
}
