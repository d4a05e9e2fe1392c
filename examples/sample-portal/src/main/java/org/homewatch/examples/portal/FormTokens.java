package org.homewatch.examples.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A form token per session, checked on every POST, so that another site cannot make a logged-in nurse's browser
 * acknowledge or resolve an alert (cross-site request forgery). A portal on Spring Security gets this from its CSRF
 * filter; the sample has no Spring Security, so it does the same in a few lines. Every form carries the token in
 * the hidden field {@value #FIELD}.
 */
@Component
final class FormTokens implements HandlerInterceptor {
  static final String FIELD = "_token";
  private static final String SESSION_TOKEN = "portal.formToken";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** This session's token, made on first use. */
  static String tokenOf(HttpSession session) {
    Object token = session.getAttribute(SESSION_TOKEN);
    if (token == null) {
      byte[] bytes = new byte[24];
      RANDOM.nextBytes(bytes);
      token = HexFormat.of().formatHex(bytes);
      session.setAttribute(SESSION_TOKEN, token);
    }
    return (String) token;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws java.io.IOException {
    if (!"POST".equals(request.getMethod())) {
      return true;
    }
    HttpSession session = request.getSession(false);
    String sent = request.getParameter(FIELD);
    Object expected = session == null ? null : session.getAttribute(SESSION_TOKEN);
    if (sent == null || expected == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
        ((String) expected).getBytes(StandardCharsets.UTF_8))) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "Phiên làm việc đã hết hạn, vui lòng tải lại trang.");
      return false;
    }
    return true;
  }
}
