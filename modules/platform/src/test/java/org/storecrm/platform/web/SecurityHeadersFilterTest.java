package org.storecrm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {
  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private final AtomicReference<HttpServletRequest> passedOn = new AtomicReference<>();

  @Test
  void withoutANonceNoInlineScriptMayRun() throws Exception {
    filter(DispatcherType.REQUEST, response -> {});

    String policy = single("Content-Security-Policy");
    assertThat(scriptSources(policy)).isEqualTo("'self'");
    assertThat(policy)
        .doesNotContain("unsafe-eval")
        .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'");
  }

  @Test
  void primeFacesPolicyBecomesTheOnePolicyWithItsNonce() throws Exception {
    filter(
        DispatcherType.REQUEST,
        response ->
            response.addHeader(
                "Content-Security-Policy", "script-src 'self' 'nonce-YTQyM2Zi+/NjFh='"));

    String policy = single("Content-Security-Policy");
    assertThat(scriptSources(policy)).isEqualTo("'self' 'nonce-YTQyM2Zi+/NjFh='");
    assertThat(policy).contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
  }

  @Test
  void anErrorPageSeesNoneOfTheFailedPostsParameters() throws Exception {
    filter(DispatcherType.ERROR, response -> {});
    assertThat(passedOn.get().getParameter("jakarta.faces.ViewState")).isNull();
    assertThat(passedOn.get().getParameterMap()).isEmpty();
    assertThat(passedOn.get().getParameterNames().hasMoreElements()).isFalse();

    filter(DispatcherType.REQUEST, response -> {});
    assertThat(passedOn.get().getParameter("jakarta.faces.ViewState")).isEqualTo("1:2");
  }

  private static String scriptSources(String policy) {
    return Arrays.stream(policy.split(";"))
        .map(String::trim)
        .filter(directive -> directive.startsWith("script-src "))
        .map(directive -> directive.substring("script-src ".length()))
        .findFirst()
        .orElseThrow();
  }

  private String single(String name) {
    assertThat(headers.get(name)).as(name).hasSize(1);
    return headers.get(name).get(0);
  }

  private interface Rendering {
    void render(HttpServletResponse response) throws Exception;
  }

  private void filter(DispatcherType dispatch, Rendering rendering) throws Exception {
    headers.clear();
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getRequestURI" -> "/customers/list.xhtml";
                      case "getContextPath" -> "";
                      case "getDispatcherType" -> dispatch;
                      case "getParameter" -> "1:2";
                      default -> null;
                    });
    HttpServletResponse response =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                  switch (method.getName()) {
                    case "setHeader" ->
                        headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                    case "addHeader" ->
                        headers
                            .computeIfAbsent((String) args[0], k -> new ArrayList<>())
                            .add((String) args[1]);
                    default -> {}
                  }
                  return null;
                });
    new SecurityHeadersFilter()
        .doFilter(
            request,
            response,
            (req, res) -> {
              passedOn.set((HttpServletRequest) req);
              try {
                rendering.render((HttpServletResponse) res);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
  }
}
