package org.homewatch.core.rules.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import org.homewatch.core.rules.definition.AgeBand;
import org.homewatch.core.rules.definition.Condition;
import org.homewatch.core.rules.definition.RuleDefinition;
import org.homewatch.core.rules.definition.RuleSetDefinition;

/** Writes a definition as a standalone rule-set file (a merged province set keeps its base in "basedOn"). */
public final class JsonRuleSetWriter {
  private JsonRuleSetWriter() {}

  public static String write(RuleSetDefinition d) {
    ObjectNode root = JsonRuleSetReader.MAPPER.createObjectNode();
    root.put("id", d.id());
    root.put("version", d.version());
    root.put("title", d.title());
    d.basedOn().ifPresent(b -> root.putObject("basedOn").put("id", b.id()).put("version", b.version()));
    root.put("utcOffset", d.utcOffset().getId().equals("Z") ? "+00:00" : d.utcOffset().getId());
    ArrayNode bands = root.putArray("ageBands");
    for (AgeBand b : d.ageBands()) {
      ObjectNode n = bands.addObject().put("id", b.id()).put("fromYears", b.fromYears());
      b.toYears().ifPresent(t -> n.put("toYears", t));
    }
    ArrayNode codes = root.putArray("symptomCodes");
    d.symptomCodes().forEach(codes::add);
    d.riskModifier().ifPresent(m -> {
      ObjectNode n = root.putObject("riskModifier");
      ArrayNode f = n.putArray("factors");
      m.factors().forEach(x -> f.add(x.name()));
      m.ageAtLeast().ifPresent(a -> n.put("ageAtLeast", a));
      n.put("raiseBy", m.raiseBy());
      n.put("cap", m.cap().name());
    });
    ArrayNode rules = root.putArray("rules");
    for (RuleDefinition r : d.rules()) {
      ObjectNode n = rules.addObject().put("id", r.id()).put("severity", r.severity().name())
          .put("message", r.messageKey());
      if (!r.ageBands().isEmpty()) {
        ArrayNode a = n.putArray("ageBands");
        r.ageBands().forEach(a::add);
      }
      condition(r.condition(), n.putObject("when"));
    }
    try {
      return JsonRuleSetReader.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }

  private static void condition(Condition c, ObjectNode n) {
    n.put("type", c.type());
    if (c instanceof Condition.VitalThreshold v) {
      n.put("vital", v.vital().jsonName()).put("op", v.op().symbol());
      v.value().ifPresent(x -> n.put("value", x));
      if (!v.byAgeBand().isEmpty()) {
        ObjectNode m = n.putObject("byAgeBand");
        for (Map.Entry<String, Double> e : new TreeMap<>(v.byAgeBand()).entrySet()) {
          m.put(e.getKey(), e.getValue());
        }
      }
    } else if (c instanceof Condition.SymptomGroup g) {
      n.put("atLeast", g.atLeast());
      ArrayNode of = n.putArray("of");
      g.of().forEach(of::add);
    } else if (c instanceof Condition.ConsecutiveDays t) {
      n.put("vital", t.vital().jsonName()).put("op", t.op().symbol()).put("value", t.value()).put("days", t.days());
    } else if (c instanceof Condition.DropFromBaseline t) {
      n.put("vital", t.vital().jsonName()).put("points", t.points()).put("baselineReadings", t.baselineReadings())
          .put("windowDays", t.windowDays());
    } else if (c instanceof Condition.Persists t) {
      n.put("vital", t.vital().jsonName()).put("op", t.op().symbol()).put("value", t.value()).put("hours", t.hours());
    } else if (c instanceof Condition.DistanceFromHome t) {
      n.put("meters", t.meters());
    }
  }
}
