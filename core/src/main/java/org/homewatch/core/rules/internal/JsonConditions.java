package org.homewatch.core.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.homewatch.core.rules.definition.Comparison;
import org.homewatch.core.rules.definition.Condition;
import org.homewatch.core.rules.definition.Vital;
import org.jspecify.annotations.Nullable;

/** Reads a rule's {@code "when"}: the condition variants of the rule-set format. */
final class JsonConditions {
  private final Problems problems;
  private final JsonFields json;

  JsonConditions(Problems problems, JsonFields json) {
    this.problems = problems;
    this.json = json;
  }

  @Nullable Condition read(JsonNode n, String path) {
    if (!n.isObject()) {
      problems.add(path, "must be an object with a \"type\"");
      return null;
    }
    Optional<String> type = json.text(n, "type", path);
    if (type.isEmpty()) {
      return null;
    }
    switch (type.get()) {
      case "vital" -> {
        json.unknownFields(n, path, Set.of("type", "vital", "op", "value", "byAgeBand", "note"));
        Optional<Vital> vital = vital(n, path);
        Optional<Comparison> op = op(n, path);
        OptionalDouble value = n.has("value") ? json.number(n, "value", path) : OptionalDouble.empty();
        Map<String, Double> byBand = new LinkedHashMap<>();
        if (n.has("byAgeBand")) {
          JsonNode m = n.get("byAgeBand");
          if (!m.isObject()) {
            problems.add(path + ".byAgeBand", "must be an object of age band id to threshold");
          } else {
            for (Map.Entry<String, JsonNode> e : m.properties()) {
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
        json.unknownFields(n, path, Set.of("type", "atLeast", "of", "note"));
        int atLeast = n.has("atLeast") ? json.integer(n, "atLeast", path).orElse(1) : 1;
        if (!n.has("of")) {
          problems.add(path + ".of", "missing: the symptom codes of the group");
          return null;
        }
        return new Condition.SymptomGroup(atLeast, json.strings(n.get("of"), path + ".of"));
      }
      case "consecutiveDays" -> {
        json.unknownFields(n, path, Set.of("type", "vital", "op", "value", "days", "note"));
        Optional<Vital> vital = vital(n, path);
        Optional<Comparison> op = op(n, path);
        OptionalDouble value = json.number(n, "value", path);
        OptionalInt days = json.integer(n, "days", path);
        if (vital.isEmpty() || op.isEmpty() || value.isEmpty() || days.isEmpty()) {
          return null;
        }
        return new Condition.ConsecutiveDays(vital.get(), op.get(), value.getAsDouble(), days.getAsInt());
      }
      case "dropFromBaseline" -> {
        json.unknownFields(n, path, Set.of("type", "vital", "points", "baselineReadings", "windowDays", "note"));
        Optional<Vital> vital = vital(n, path);
        OptionalDouble points = json.number(n, "points", path);
        int readings = n.has("baselineReadings") ? json.integer(n, "baselineReadings", path).orElse(3) : 3;
        OptionalInt window = json.integer(n, "windowDays", path);
        if (vital.isEmpty() || points.isEmpty() || window.isEmpty()) {
          return null;
        }
        return new Condition.DropFromBaseline(vital.get(), points.getAsDouble(), readings, window.getAsInt());
      }
      case "persists" -> {
        json.unknownFields(n, path, Set.of("type", "vital", "op", "value", "hours", "note"));
        Optional<Vital> vital = vital(n, path);
        Optional<Comparison> op = op(n, path);
        OptionalDouble value = json.number(n, "value", path);
        OptionalInt hours = json.integer(n, "hours", path);
        if (vital.isEmpty() || op.isEmpty() || value.isEmpty() || hours.isEmpty()) {
          return null;
        }
        return new Condition.Persists(vital.get(), op.get(), value.getAsDouble(), hours.getAsInt());
      }
      case "distanceFromHome" -> {
        json.unknownFields(n, path, Set.of("type", "meters", "note"));
        OptionalDouble meters = json.number(n, "meters", path);
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
    Optional<String> name = json.text(n, "vital", path);
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
    Optional<String> symbol = json.text(n, "op", path);
    if (symbol.isEmpty()) {
      return Optional.empty();
    }
    Optional<Comparison> c = Comparison.fromSymbol(symbol.get());
    if (c.isEmpty()) {
      problems.add(path + ".op", "unknown operator '" + symbol.get() + "' (known: <, <=, >, >=)");
    }
    return c;
  }
}
