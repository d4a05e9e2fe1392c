package org.homewatch.examples.portal;

import java.util.List;
import java.util.Optional;
import org.homewatch.ConflictException;
import org.homewatch.ValidationException;
import org.homewatch.core.Homewatch;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertId;
import org.homewatch.model.AlertOutcome;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The health station's alert queue: worst first, then oldest (Homewatch's order), acknowledge, resolve with an
 * outcome. Each action sends back the version the nurse saw, so nobody acknowledges or closes an alert that turned
 * worse after the page was drawn: Homewatch refuses it, and the nurse gets the fresh queue.
 */
@Controller
final class AlertQueueController {
  static final int PAGE_SIZE = 20;

  private final Homewatch homewatch;

  AlertQueueController(Homewatch homewatch) {
    this.homewatch = homewatch;
  }

  /** One line of the queue: the alert, and whose case it is (name and phone masked above the health station). */
  record Row(Alert alert, String name, String phone) {
    static Row of(Alert alert, IsolationCase subject, boolean masked) {
      return new Row(alert, masked ? subject.person().maskedName() : subject.person().fullName(),
          masked ? subject.person().phone().masked() : subject.person().phone().e164());
    }
  }

  @GetMapping("/canh-bao")
  String queue(Principal principal, @RequestParam(name = "sau", required = false) @Nullable String after,
      Model model) {
    Page<Alert> page = homewatch.alerts().activeQueue(principal, new PageRequest(Optional.ofNullable(after), PAGE_SIZE));
    // The nurse calls the person, so her queue shows whose alert it is (each a read of personal data, audited as
    // such). A list above the health station masks names and phones, as Homewatch's line list does; a supervisor
    // who needs one person opens the case, one audited read.
    boolean masked = !principal.has(Role.MONITOR);
    List<Row> rows = page.items().stream()
        .map(a -> Row.of(a, homewatch.cases().get(principal, a.caseId()), masked)).toList();
    model.addAttribute("rows", rows);
    model.addAttribute("next", page.next().orElse(null));
    model.addAttribute("outcomes", AlertOutcome.values());
    return "alerts";
  }

  @PostMapping("/canh-bao/{id}/tiep-nhan")
  String acknowledge(Principal principal, @PathVariable("id") String id, @RequestParam("version") long version,
      RedirectAttributes redirect) {
    try {
      homewatch.alerts().acknowledge(principal, AlertId.parse(id), version);
      redirect.addFlashAttribute("notice", "Đã tiếp nhận cảnh báo.");
    } catch (ConflictException changed) {
      redirect.addFlashAttribute("notice", "Cảnh báo vừa thay đổi; hãy xem lại trước khi tiếp nhận.");
    }
    return "redirect:/canh-bao";
  }

  @PostMapping("/canh-bao/{id}/xu-ly")
  String resolve(Principal principal, @PathVariable("id") String id, @RequestParam("version") long version,
      @RequestParam("outcome") AlertOutcome outcome, @RequestParam(name = "note", defaultValue = "") String note,
      RedirectAttributes redirect) {
    try {
      homewatch.alerts().resolve(principal, AlertId.parse(id), version, outcome, note);
      redirect.addFlashAttribute("notice", "Đã xử lý cảnh báo.");
    } catch (ConflictException changed) {
      redirect.addFlashAttribute("notice", "Cảnh báo vừa thay đổi; hãy xem lại trước khi xử lý.");
    } catch (ValidationException badNote) {
      redirect.addFlashAttribute("notice", "Ghi chú quá dài hoặc có ký tự không hợp lệ; cảnh báo chưa được xử lý.");
    }
    return "redirect:/canh-bao";
  }
}
