package org.homewatch.examples.portal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.homewatch.AccessDeniedException;
import org.homewatch.HomewatchException;
import org.homewatch.NotFoundException;
import org.homewatch.ValidationException;
import org.homewatch.examples.portal.DemoWorld.DemoUser;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page needs (who is logged in, the form token) and the pages for refusals. */
@ControllerAdvice
final class PortalAdvice {
  private final PortalPrincipals principals;

  PortalAdvice(PortalPrincipals principals) {
    this.principals = principals;
  }

  @ModelAttribute("me")
  @Nullable DemoUser me(HttpSession session) {
    return principals.user(session).orElse(null);
  }

  @ModelAttribute("formToken")
  String formToken(HttpSession session) {
    return FormTokens.tokenOf(session);
  }

  @ExceptionHandler(PortalPrincipals.LoginRequired.class)
  String loginRequired() {
    return "redirect:/dang-nhap";
  }

  /** Homewatch refused: outside the account's unit or role. The refusal is in Homewatch's audit trail already. */
  @ExceptionHandler(AccessDeniedException.class)
  String denied(HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    model.addAttribute("message", "Tài khoản của bạn không có quyền xem hoặc làm việc này.");
    return "error-page";
  }

  /** Any other refusal (a closed case, a stale version): said plainly, never with a stack trace. */
  @ExceptionHandler(HomewatchException.class)
  String refused(HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    model.addAttribute("message", "Yêu cầu không thực hiện được. Hãy tải lại trang và thử lại.");
    return "error-page";
  }

  /** A malformed id in an address or a hidden field (the pages never make one): said plainly. */
  @ExceptionHandler(ValidationException.class)
  String malformed(HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("message", "Địa chỉ hoặc dữ liệu gửi lên không hợp lệ.");
    return "error-page";
  }

  @ExceptionHandler(NotFoundException.class)
  String notFound(HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    model.addAttribute("message", "Không tìm thấy trang hoặc hồ sơ này.");
    return "error-page";
  }
}
