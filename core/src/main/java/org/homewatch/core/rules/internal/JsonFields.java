package org.homewatch.core.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/** Typed reads of JSON fields that report a missing or mistyped field at its path instead of failing at once. */
final class JsonFields {
  private final Problems problems;

  JsonFields(Problems problems) {
    this.problems = problems;
  }

  void unknownFields(JsonNode n, String path, Set<String> allowed) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        problems.add(path + "." + f, "unknown field (allowed here: " + String.join(", ", allowed.stream().sorted()
            .toList()) + ")");
      }
    }
  }
  Optional<String> text(JsonNode n, String field, String path) {
    if (!n.has(field)) {
      problems.add(path + "." + field, "missing");
      return Optional.empty();
    }
    return optionalText(n, field, path);
  }
  Optional<String> optionalText(JsonNode n, String field, String path) {
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
  OptionalInt integer(JsonNode n, String field, String path) {
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
  OptionalDouble number(JsonNode n, String field, String path) {
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
  List<String> strings(JsonNode n, String path) {
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
  void forEachElement(JsonNode n, String path, java.util.function.BiConsumer<JsonNode, String> action) {
    if (!n.isArray()) {
      problems.add(path, "must be a JSON array");
      return;
    }
    for (int i = 0; i < n.size(); i++) {
      action.accept(n.get(i), path + "[" + i + "]");
    }
  }
}
