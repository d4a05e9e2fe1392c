package org.homewatch.examples.portal;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homewatch.ValidationException;
import org.homewatch.core.Homewatch;
import org.homewatch.core.declarations.SubmissionResult;
import org.homewatch.examples.portal.DemoWorld.DemoUser;
import org.homewatch.model.CaseId;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citizen's health declaration (khai báo y tế). The form carries a declaration id made when it was drawn, so
 * that a second press of the button, or a reload after a lost answer, is the same declaration: Homewatch stores it
 * once and answers with the first result.
 */
@Controller
final class DeclarationController {
  private final Homewatch homewatch;
  private final PortalPrincipals principals;
  private final Clock clock;

  DeclarationController(Homewatch homewatch, PortalPrincipals principals, Clock clock) {
    this.homewatch = homewatch;
    this.principals = principals;
    this.clock = clock;
  }

  @GetMapping("/khai-bao")
  String form(Principal principal, HttpSession session, Model model) {
    showForm(principal, ownCase(session), DeclarationId.random(), Map.of(), List.of(), model);
    return "declare";
  }

  @PostMapping("/khai-bao")
  String submit(Principal principal, HttpSession session, @RequestParam("declarationId") String declarationId,
      @RequestParam Map<String, String> form, @RequestParam(name = "symptom", required = false) @Nullable List<String> symptoms,
      Model model) {
    CaseId caseId = ownCase(session);
    DeclarationId id = DeclarationId.parse(declarationId);
    List<String> errors = new ArrayList<>();
    Vitals.Builder vitals = Vitals.builder();
    @Nullable Double temperature = number(form, "temperature", "Nhiệt độ", errors);
    @Nullable Integer spo2 = whole(number(form, "spo2", "SpO2", errors), "SpO2", errors);
    @Nullable Integer breathing = whole(number(form, "respiratoryRate", "Nhịp thở", errors), "Nhịp thở", errors);
    @Nullable Integer pulse = whole(number(form, "pulse", "Mạch", errors), "Mạch", errors);
    Set<Symptom> felt = new LinkedHashSet<>();
    for (String code : symptoms == null ? List.<String>of() : symptoms) {
      Symptom s = Symptom.of(code);
      if (Vn.SYMPTOMS.containsKey(s)) {
        felt.add(s);
      }
    }
    if (errors.isEmpty()) {
      try {
        if (temperature != null) vitals.temperatureCelsius(temperature);
        if (spo2 != null) vitals.spo2Percent(spo2);
        if (breathing != null) vitals.respiratoryRatePerMinute(breathing);
        if (pulse != null) vitals.pulsePerMinute(pulse);
        NewDeclaration input = NewDeclaration.of(id, caseId, clock.instant(), vitals.build(), felt);
        String note = form.getOrDefault("note", "").strip();
        SubmissionResult result = homewatch.declarations().submit(principal,
            note.isEmpty() ? input : input.withNote(note));
        model.addAttribute("result", result);
        return "declared";
      } catch (ValidationException refused) {
        refused.violations().forEach(v -> errors.add(Vn.violation(v)));
      }
    }
    showForm(principal, caseId, id, form, errors, model);
    model.addAttribute("checked", felt);
    return "declare";
  }

  private void showForm(Principal principal, CaseId caseId, DeclarationId id, Map<String, String> values,
      List<String> errors, Model model) {
    IsolationCase c = homewatch.cases().get(principal, caseId);
    model.addAttribute("c", c);
    model.addAttribute("declarationId", id.toString());
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("symptoms", Vn.SYMPTOMS);
    model.addAttribute("checked", Set.of());
    model.addAttribute("recent", homewatch.declarations().history(principal, caseId, PageRequest.first(5)).items());
  }

  /** The case of the citizen logged in; staff declaring by phone would pick the case instead. */
  private CaseId ownCase(HttpSession session) {
    return principals.user(session).flatMap(DemoUser::caseId)
        .orElseThrow(() -> new org.homewatch.AccessDeniedException("only a person in quarantine declares here"));
  }

  /** A number typed in the form (a comma is a decimal point, as Vietnamese write it), or null if left empty. */
  private static @Nullable Double number(Map<String, String> form, String field, String label, List<String> errors) {
    String typed = form.getOrDefault(field, "").strip().replace(',', '.');
    if (typed.isEmpty()) {
      return null;
    }
    try {
      double value = Double.parseDouble(typed);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    errors.add(label + ": hãy nhập một con số");
    return null;
  }

  /** SpO2, breathing and pulse are counted in whole numbers; 93.5 % is a typo, not a reading. */
  private static @Nullable Integer whole(@Nullable Double value, String label, List<String> errors) {
    if (value == null) {
      return null;
    }
    if (value != Math.rint(value) || Math.abs(value) > 1_000) {
      errors.add(label + ": hãy nhập một số nguyên");
      return null;
    }
    return value.intValue();
  }
}
