package org.homewatch.core.rules.internal;

import java.util.List;
import java.util.Set;
import org.homewatch.core.rules.CaseFacts;
import org.homewatch.core.rules.definition.AgeBand;
import org.homewatch.core.rules.definition.Condition;
import org.homewatch.core.rules.definition.RuleDefinition;
import org.homewatch.model.Declaration;
import org.homewatch.model.Finding;
import org.homewatch.model.Symptom;
import org.jspecify.annotations.Nullable;

/**
 * The "at least N of" symptom rules, compiled: every code the groups name is one bit of a long, so a declaration's
 * symptoms are looked up once each and every group is then a mask and a bit count. Immutable.
 */
final class SymptomGroups implements CompiledConditions, CompiledConditions.Screened {
  private final Symptom[][] symptomCodes;
  private final int[] symptomAtLeast;
  /** Each symptom code the groups name, as one bit of a long; null if they name more than 64 codes. */
  private final java.util.@Nullable Map<Symptom, Long> symptomBit;
  private final long[] groupMask;
  private final long[][] groupBits;
  private final String[] symptomGroupText;
  /** [rule] → the finding for each combination of the group's symptoms present (bit k: code k), if small. */
  private final Finding[][] symptomFindings;
  private final RuleMeta[] symptomMeta;

  SymptomGroups(List<RuleDefinition> groups, List<AgeBand> bands) {
    int g = groups.size();
    symptomCodes = new Symptom[g][];
    symptomAtLeast = new int[g];
    symptomGroupText = new String[g];
    symptomFindings = new Finding[g][];
    symptomMeta = new RuleMeta[g];
    for (int i = 0; i < g; i++) {
      RuleDefinition r = groups.get(i);
      Condition.SymptomGroup c = (Condition.SymptomGroup) r.condition();
      symptomCodes[i] = c.of().stream().map(Symptom::new).toArray(Symptom[]::new);
      symptomAtLeast[i] = c.atLeast();
      symptomGroupText[i] = String.join(", ", c.of());
      symptomMeta[i] = RuleMeta.of(r, bands);
      symptomFindings[i] = FindingTables.perCombination(symptomMeta[i], symptomCodes[i], c.atLeast(),
          symptomGroupText[i]);
    }
    java.util.Map<Symptom, Long> bits = new java.util.HashMap<>();
    for (Symptom[] codes : symptomCodes) {
      for (Symptom code : codes) {
        if (!bits.containsKey(code) && bits.size() < 64) {
          bits.put(code, 1L << bits.size());
        }
      }
    }
    boolean allCoded = java.util.Arrays.stream(symptomCodes).flatMap(java.util.Arrays::stream)
        .allMatch(bits::containsKey);
    symptomBit = allCoded ? java.util.Map.copyOf(bits) : null;
    groupMask = new long[g];
    groupBits = new long[g][];
    if (allCoded) {
      for (int i = 0; i < g; i++) {
        groupBits[i] = new long[symptomCodes[i].length];
        for (int k = 0; k < symptomCodes[i].length; k++) {
          groupBits[i][k] = bits.get(symptomCodes[i][k]);
          groupMask[i] |= groupBits[i][k];
        }
      }
    }
  }

  @Override
  public @Nullable Object evaluate(Declaration current, CaseFacts facts, int band, List<Declaration> history,
      @Nullable Object found) {
    Set<Symptom> symptoms = current.symptoms();
    if (!symptoms.isEmpty() && symptomBit != null) {
      // one lookup per declared symptom (usually one or two), then bit arithmetic per group
      long present = 0;
      for (Symptom s : symptoms) {
        Long bit = symptomBit.get(s);
        if (bit != null) {
          present |= bit;
        }
      }
      for (int i = 0; present != 0 && i < groupMask.length; i++) {
        if (Long.bitCount(present & groupMask[i]) < symptomAtLeast[i] || !symptomMeta[i].appliesTo(band)) {
          continue;
        }
        long[] bitsOfGroup = groupBits[i];
        int local = 0;
        for (int k = 0; k < bitsOfGroup.length; k++) {
          if ((present & bitsOfGroup[k]) != 0) {
            local |= 1 << (k & 31);
          }
        }
        found = Evaluator.add(found, finding(i, local, symptoms));
      }
    } else if (!symptoms.isEmpty()) {
      for (int i = 0; i < symptomCodes.length; i++) {
        RuleMeta meta = symptomMeta[i];
        if (!meta.appliesTo(band)) {
          continue;
        }
        Symptom[] codes = symptomCodes[i];
        int present = 0;
        int mask = 0;
        for (int k = 0; k < codes.length; k++) {
          if (symptoms.contains(codes[k])) {
            present++;
            mask |= 1 << (k & 31);
          }
        }
        if (present >= symptomAtLeast[i]) {
          found = Evaluator.add(found, finding(i, mask, symptoms));
        }
      }
    }
    return found;
  }

  @Override
  public List<RuleMeta> rules() {
    return List.of(symptomMeta);
  }

  /** Whether the group's findings are made in advance (then {@link #finding} does not read {@code declared}). */
  boolean tabled(int group) {
    return symptomFindings[group] != null;
  }

  /**
   * The finding of a group that fired, from the group's codes that are present (bit k: code k), or, for a group
   * too big to table, from all the declared symptoms.
   */
  Finding finding(int group, int localMask, Set<Symptom> declared) {
    Finding[] table = symptomFindings[group];
    return table != null ? table[localMask] : symptomMeta[group].finding(FindingTables.symptomEvidence(
        symptomCodes[group], declared, symptomAtLeast[group], symptomGroupText[group]));
  }

  @Override
  public Screened screened() {
    return this;
  }

  /** Most rows declare no symptom: a block lists the rows that do once, and tests the groups on those alone. */
  @Override
  public Pass over(Columns c) {
    long[] inColumns = new long[symptomCodes.length];
    for (int g = 0; g < symptomCodes.length; g++) {
      for (Symptom code : symptomCodes[g]) {
        inColumns[g] |= c.symptomBit(code);
      }
    }
    long[] present = new long[ColumnScreen.BLOCK];
    int[] selected = new int[ColumnScreen.BLOCK];
    return (from, len, band, firstBit, acc) -> {
      int withSymptoms = 0;
      for (int i = 0; i < len; i++) {
        long p = c.symptoms[from + i];
        present[withSymptoms] = p;
        selected[withSymptoms] = i;
        withSymptoms += p != 0 ? 1 : 0;
      }
      for (int g = 0; g < inColumns.length && withSymptoms > 0; g++) {
        long mask = inColumns[g];
        if (mask == 0) {
          continue;
        }
        int atLeast = symptomAtLeast[g];
        int bit = 1 << (firstBit + g);
        int base = ((firstBit + g) >>> 5) * ColumnScreen.BLOCK;
        for (int j = 0; j < withSymptoms; j++) {
          long p = present[j] & mask;
          if (atLeast == 1 ? p != 0 : Long.bitCount(p) >= atLeast) {
            acc[base + selected[j]] |= bit;
          }
        }
      }
    };
  }

  @Override
  public Finding finding(Columns c, int row, int group, int band) {
    Symptom[] codes = symptomCodes[group];
    long present = c.symptomBits(row);
    int local = 0;
    for (int k = 0; k < codes.length; k++) {
      if ((present & c.symptomBit(codes[k])) != 0) {
        local |= 1 << (k & 31);
      }
    }
    return finding(group, local, tabled(group) ? Set.of() : declared(c, present));
  }

  private static Set<Symptom> declared(Columns c, long present) {
    Set<Symptom> out = new java.util.HashSet<>();
    List<Symptom> codes = c.symptomCodes();
    for (int k = 0; k < codes.size(); k++) {
      if ((present & (1L << k)) != 0) {
        out.add(codes.get(k));
      }
    }
    return out;
  }
}
