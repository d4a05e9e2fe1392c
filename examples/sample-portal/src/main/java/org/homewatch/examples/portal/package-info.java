/**
 * A sample provincial portal over Homewatch: Spring Boot web, Vietnamese pages rendered on the server by Thymeleaf
 * (which escapes every value it prints; no template uses {@code th:utext}), H2 in memory, and a small Gia Lai
 * world seeded at start. Homewatch comes from {@code homewatch-spring-boot-starter} ({@code homewatch.*} in
 * {@code application.properties}); {@link HomewatchConfiguration} adds the portal's alert channel and clock.
 *
 * <p>The login is a demo: one picks an account from a list, and {@link PortalPrincipals} turns the chosen account
 * into the {@link org.homewatch.model.Principal} every Homewatch operation takes, as a portal does after its real
 * authentication (single sign-on, Spring Security). Nothing here is fit for real people's data.
 */
@NullMarked
package org.homewatch.examples.portal;

import org.jspecify.annotations.NullMarked;
