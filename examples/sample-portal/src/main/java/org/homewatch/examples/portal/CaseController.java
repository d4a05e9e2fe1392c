package org.homewatch.examples.portal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homewatch.core.Homewatch;
import org.homewatch.core.cases.CaseSummary;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertQuery;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The line list of the account's unit and one case's page with its declarations and alerts. */
@Controller
final class CaseController {
  static final int LINE_LIST_PAGE = 50;
  static final int DECLARATIONS_SHOWN = 50;
  /** How many of the commune's alerts the case page looks through for this case's (see {@link #alertsOf}). */
  static final int ALERTS_LOOKED_AT = 200;

  private final Homewatch homewatch;

  CaseController(Homewatch homewatch) {
    this.homewatch = homewatch;
  }

  @GetMapping("/ca-benh")
  String lineList(Principal principal, @RequestParam(name = "sau", required = false) @Nullable String after,
      Model model) {
    Page<CaseSummary> page = homewatch.cases().lineList(principal, CaseQuery.in(principal.scope()),
        new PageRequest(Optional.ofNullable(after), LINE_LIST_PAGE));
    model.addAttribute("cases", page.items());
    model.addAttribute("next", page.next().orElse(null));
    return "cases";
  }

  @GetMapping("/ca-benh/{id}")
  String casePage(Principal principal, @PathVariable("id") String id, Model model) {
    IsolationCase c = homewatch.cases().get(principal, CaseId.parse(id));
    Page<AssessedDeclaration> declarations =
        homewatch.declarations().history(principal, c.id(), PageRequest.first(DECLARATIONS_SHOWN));
    model.addAttribute("c", c);
    model.addAttribute("declarations", declarations.items());
    model.addAttribute("moreDeclarations", declarations.hasNext());
    model.addAttribute("alerts", principal.has(Role.CITIZEN) ? List.of() : alertsOf(principal, c));
    return "case";
  }

  /**
   * The case's alerts, resolved ones included. Homewatch 0.1 has no per-case alert query, so the page reads the
   * first {@value #ALERTS_LOOKED_AT} alerts of the case's commune and keeps this case's: enough for a demo, not for
   * a commune with a long history (a per-case query belongs in the alert store).
   */
  private List<Alert> alertsOf(Principal principal, IsolationCase c) {
    return homewatch.alerts().list(principal, new AlertQuery(c.responsibleUnit(), Set.of(), Set.of()),
            PageRequest.first(ALERTS_LOOKED_AT)).items().stream()
        .filter(a -> a.caseId().equals(c.id())).toList();
  }
}
