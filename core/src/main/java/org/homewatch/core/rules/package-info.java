/**
 * Symptom-abnormality rules: the seam core judges declarations through ({@link org.homewatch.core.rules.RuleSet}),
 * rule sets defined as JSON data ({@link org.homewatch.core.rules.RuleSets}), the versions a deployment has used
 * ({@link org.homewatch.core.rules.RuleBook}) and the findings' texts ({@link org.homewatch.core.rules.RuleMessages}).
 *
 * <h2>The rule-set file</h2>
 * <pre>{@code
 * { "id": "moh261", "version": 1, "title": "...", "utcOffset": "+07:00",
 *   "ageBands": [ {"id": "infant", "fromYears": 0, "toYears": 1}, ..., {"id": "adult", "fromYears": 16} ],
 *   "symptomCodes": ["grunting", ...],            // codes beyond org.homewatch.model.Symptom's constants
 *   "riskModifier": {"factors": ["AGE_65_OR_OVER", "CHRONIC_DISEASE", "PREGNANT"], "ageAtLeast": 65,
 *                    "raiseBy": 1, "cap": "ABNORMAL"},
 *   "rules": [ {"id": "moh261.spo2", "severity": "ABNORMAL", "message": "rules.spo2.low",
 *               "ageBands": [...],                  // optional: only these bands
 *               "when": {"type": "vital", "vital": "spo2Percent", "op": "<=", "value": 96}} ] }
 * }</pre>
 * Condition types ({@code "when"}): {@code vital} (one {@code value}, or {@code byAgeBand}: a threshold per band;
 * vitals are the field names of {@link org.homewatch.model.Vitals}; operators {@code < <= > >=}), {@code symptoms}
 * ({@code atLeast} N {@code of} a list), {@code consecutiveDays}, {@code dropFromBaseline}, {@code persists}
 * (trends over the case's recent declarations) and {@code distanceFromHome} (an
 * {@link org.homewatch.model.AlertKind#OFF_SITE} finding; every other rule gives
 * {@link org.homewatch.model.AlertKind#HEALTH}). {@code "note"} is allowed anywhere and ignored. Severities are
 * {@code WATCH < ABNORMAL < EMERGENCY}; an assessment's severity is its worst finding's, NORMAL if none fired.
 * The risk modifier raises the health findings of a person at higher risk, never above its cap and never lower.
 * Age bands are whole years from {@code fromYears} (inclusive) to {@code toYears} (exclusive) and must cover
 * every age from 0 exactly once.
 *
 * <p>A province file {@code "extends"} a base set: {@code "rules"} adds rules, {@code "overrides"} replaces base
 * rules by id, {@code "remove"} drops them; {@code ageBands}, {@code utcOffset} and {@code riskModifier} replace
 * the base's when given, {@code symptomCodes} adds to them.
 *
 * <h2>Choices in the shipped sets</h2>
 * MoH 261's eleven signs are encoded at the published thresholds (respiratory rate adult &gt;= 20, child 1 to
 * under 5 &gt;= 40, 5 to under 12 &gt;= 30; SpO2 &lt;= 96; pulse &gt; 120 or &lt; 50; systolic &lt; 90 or diastolic
 * &lt; 60). Beyond the decision, each marked in the rule's note: SpO2 &lt; 94 is EMERGENCY (the Ministry's
 * treatment guidance calls it moderate-to-severe disease); the SpO2 message asks the person to re-measure after
 * 30–60 s with the finger still, as the decision says, before acting; under 1 year the WHO IMCI fast-breathing
 * limit (&gt;= 50) is used, since 261 gives none; the pulse rules apply from 5 years and the blood-pressure rules
 * from 12 (the adult limits are normal values in small children); "children" for signs 9 and the 48-hour fever
 * rule means under 16; fever &gt;= 38 °C and mild symptoms are WATCH; a person at higher risk (65 or older,
 * chronic disease, pregnancy) has WATCH raised to ABNORMAL. The 4038 set (2021) is the same with its older
 * limits: adult respiratory rate &gt;= 21 and SpO2 &lt;= 95.
 *
 * <h2>Performance</h2>
 * A set is compiled once into arrays of primitive thresholds; judging allocates only the assessment (and, when
 * rules fire, their findings), and each trend rule reads the history at most once, stopping as soon as it knows.
 * For many declarations at once, {@link org.homewatch.core.rules.JsonRuleSet#screen} reads
 * {@link org.homewatch.core.rules.DeclarationColumns} (one primitive array per measurement) one rule at a time,
 * in branch-free loops the JIT vectorises, and makes findings only for the rows asked about: on the benchmark's
 * million declarations, 17 to 23 times the rate of {@code assess} over declaration objects.
 */
@NullMarked
package org.homewatch.core.rules;

import org.jspecify.annotations.NullMarked;
