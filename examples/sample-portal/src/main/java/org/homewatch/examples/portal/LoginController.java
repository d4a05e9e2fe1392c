package org.homewatch.examples.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.homewatch.examples.portal.DemoWorld.DemoUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The demo login: pick an account from the list, no password. It stands where a portal's real authentication
 * stands (VNeID, the province's single sign-on); what follows it, the mapping to a Homewatch principal, is real.
 */
@Controller
final class LoginController {
  private final DemoWorld world;
  private final PortalPrincipals principals;

  LoginController(DemoWorld world, PortalPrincipals principals) {
    this.world = world;
    this.principals = principals;
  }

  @GetMapping("/")
  String home(HttpSession session) {
    return principals.user(session)
        .map(u -> u.isCitizen() ? "redirect:/khai-bao" : "redirect:/canh-bao")
        .orElse("redirect:/dang-nhap");
  }

  @GetMapping("/dang-nhap")
  String loginPage(Model model) {
    model.addAttribute("users", world.users());
    return "login";
  }

  @PostMapping("/dang-nhap")
  String login(@RequestParam("account") String account, HttpServletRequest request) {
    @Nullable DemoUser user = world.user(account).orElse(null);
    if (user == null) {
      return "redirect:/dang-nhap";
    }
    // A new session id at login, so that an id planted before login is worth nothing after it.
    request.changeSessionId();
    request.getSession().setAttribute(PortalPrincipals.SESSION_USER, user.id());
    return "redirect:/";
  }

  @PostMapping("/dang-xuat")
  String logout(HttpSession session) {
    session.invalidate();
    return "redirect:/dang-nhap";
  }
}
