package org.homewatch.examples.portal;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.homewatch.core.Homewatch;
import org.homewatch.examples.portal.DemoWorld.DemoUser;
import org.homewatch.model.Principal;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Turns the session's login into the {@link Principal} a controller method asks for, the one place where the
 * portal's idea of a user meets Homewatch's. A real portal does the same after its single sign-on: it takes the
 * authenticated subject and asks {@code homewatch.principals().resolve(subject)} (staff, from the account store,
 * so a deactivated account or a changed scope takes effect at the next request), or builds
 * {@code Principal.citizen(..)} from its own register of people.
 */
@Component
final class PortalPrincipals implements HandlerMethodArgumentResolver {
  static final String SESSION_USER = "portal.user";

  private final Homewatch homewatch;
  private final DemoWorld world;

  PortalPrincipals(Homewatch homewatch, DemoWorld world) {
    this.homewatch = homewatch;
    this.world = world;
  }

  /** The demo user logged in on this session, if any. */
  Optional<DemoUser> user(HttpSession session) {
    return Optional.ofNullable(session.getAttribute(SESSION_USER)).map(String.class::cast).flatMap(world::user);
  }

  /** The principal of the session's user; empty if nobody is logged in or the account is no longer active. */
  Optional<Principal> principal(HttpSession session) {
    return user(session).flatMap(u -> u.citizen().isPresent() ? u.citizen() : homewatch.principals().resolve(u.id()));
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == Principal.class;
  }

  @Override
  public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
    HttpSession session = webRequest.getNativeRequest(jakarta.servlet.http.HttpServletRequest.class).getSession();
    return principal(session).orElseThrow(LoginRequired::new);
  }

  /** Nobody (or nobody valid) is logged in: the request goes to the login page. */
  static final class LoginRequired extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LoginRequired() {
      super("login required", null, false, false);
    }
  }
}
