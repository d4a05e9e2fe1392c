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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.homewatch.ConfigurationException;
import org.homewatch.core.rules.definition.AgeBand;
import org.homewatch.core.rules.definition.Condition;
import org.homewatch.core.rules.definition.RiskModifier;
import org.homewatch.core.rules.definition.RuleDefinition;
import org.homewatch.core.rules.definition.RuleSetDefinition;
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
  private final JsonFields json;
  private final JsonConditions conditions;

  private JsonRuleSetReader(String source) {
    this.source = source;
    this.problems = new Problems(source);
    this.json = new JsonFields(problems);
    this.conditions = new JsonConditions(problems, json);
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
    json.unknownFields(root, "$", TOP);
    String id = json.text(root, "id", "$").orElse("invalid");
    int version = json.integer(root, "version", "$").orElse(1);
    if (root.has("id") && !RuleSetChecks.ID.matcher(id).matches()) {
      problems.add("$.id", "a rule-set id is lower-case letters, digits, '.', '_' or '-', was '" + id + "'");
    }
    if (version < 1) {
      problems.add("$.version", "the version must be 1 or more, was " + version);
      version = 1;
    }
    String title = json.optionalText(root, "title", "$").orElse(id);
    Optional<String> extendsId = json.optionalText(root, "extends", "$");
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
    List<String> ownCodes = root.has("symptomCodes") ? json.strings(root.get("symptomCodes"), "$.symptomCodes")
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
      List<String> removed = json.strings(root.get("remove"), "$.remove");
      for (int i = 0; i < removed.size(); i++) {
        if (rules.remove(removed.get(i)) == null) {
          problems.add("$.remove[" + i + "]", "cannot remove rule '" + removed.get(i) + "': the base has no such rule");
        }
      }
    }
    if (root.has("overrides")) {
      json.forEachElement(root.get("overrides"), "$.overrides", (node, path) -> {
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
      json.forEachElement(root.get("rules"), "$.rules", (node, path) -> {
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
    Optional<String> text = json.optionalText(root, "utcOffset", "$");
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
    json.forEachElement(node, "$.ageBands", (n, path) -> {
      json.unknownFields(n, path, Set.of("id", "fromYears", "toYears", "note"));
      Optional<String> id = json.text(n, "id", path);
      OptionalInt from = json.integer(n, "fromYears", path);
      OptionalInt to = n.has("toYears") ? json.integer(n, "toYears", path) : OptionalInt.empty();
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
    json.unknownFields(n, path, Set.of("factors", "ageAtLeast", "raiseBy", "cap", "note"));
    List<RiskFactor> factors = new ArrayList<>();
    List<String> names = n.has("factors") ? json.strings(n.get("factors"), path + ".factors") : List.of();
    for (int i = 0; i < names.size(); i++) {
      try {
        factors.add(RiskFactor.valueOf(names.get(i)));
      } catch (IllegalArgumentException e) {
        problems.add(path + ".factors[" + i + "]", "unknown risk factor '" + names.get(i) + "' (known: "
            + List.of(RiskFactor.values()) + ")");
      }
    }
    OptionalInt age = n.has("ageAtLeast") ? json.integer(n, "ageAtLeast", path) : OptionalInt.empty();
    int raiseBy = json.integer(n, "raiseBy", path).orElse(1);
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
    json.unknownFields(n, path, RULE);
    Optional<String> id = json.text(n, "id", path);
    Optional<Severity> severity = severity(n, "severity", path);
    Optional<String> message = json.text(n, "message", path);
    List<String> ageBands = n.has("ageBands") ? json.strings(n.get("ageBands"), path + ".ageBands") : List.of();
    Condition condition = null;
    if (!n.has("when")) {
      problems.add(path + ".when", "missing: the condition of the rule");
    } else {
      condition = conditions.read(n.get("when"), path + ".when");
    }
    if (id.isEmpty() || severity.isEmpty() || message.isEmpty() || condition == null) {
      return null;
    }
    RuleDefinition r = new RuleDefinition(id.get(), severity.get(), message.get(), ageBands, condition);
    RuleSetChecks.checkRule(r, path, bands, known, problems);
    return r;
  }




  private Optional<Severity> severity(JsonNode n, String field, String path) {
    Optional<String> name = json.text(n, field, path);
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








  private Optional<RuleSetRef> basedOn(JsonNode n) {
    json.unknownFields(n, "$.basedOn", Set.of("id", "version"));
    Optional<String> id = json.text(n, "id", "$.basedOn");
    OptionalInt version = json.integer(n, "version", "$.basedOn");
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
