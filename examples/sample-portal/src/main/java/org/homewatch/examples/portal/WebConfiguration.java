package org.homewatch.examples.portal;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the session-to-principal mapping and the form-token check. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
  private final PortalPrincipals principals;
  private final FormTokens formTokens;

  WebConfiguration(PortalPrincipals principals, FormTokens formTokens) {
    this.principals = principals;
    this.formTokens = formTokens;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(principals);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(formTokens);
  }
}
