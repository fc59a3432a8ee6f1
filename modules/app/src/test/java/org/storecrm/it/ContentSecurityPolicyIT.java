package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One strict Content-Security-Policy on every page: scripts from the application or with the page's
 * PrimeFaces nonce, never inline handlers or eval; every script the page carries has that nonce.
 * The browser suites check that no screen trips the policy.
 */
@SystemTest
class ContentSecurityPolicyIT {
  private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([^']+)'");
  private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
  private static final Pattern INLINE_HANDLER =
      Pattern.compile("<[^>]+\\son(click|change|keyup|keydown|submit|load)=", Pattern.MULTILINE);
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final URI base;
  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  ContentSecurityPolicyIT(URI base) {
    this.base = base;
  }

  @Test
  void theLoginPageHasOneStrictPolicyWithTheNonceOfItsScripts() throws Exception {
    assertStrictPageWithNonce(get("login.xhtml"));
  }

  @Test
  void screensOfASignedInUserHaveTheStrictPolicy() throws Exception {
    login();
    for (String screen :
        List.of(
            "index.xhtml", "customers/list.xhtml", "sales/checkout.xhtml", "admin/users.xhtml")) {
      assertStrictPageWithNonce(get(screen));
    }
  }

  @Test
  void errorPagesAndResourcesHaveTheStrictPolicyToo() throws Exception {
    login();
    HttpResponse<String> missing = get("customers/no-such-page.xhtml");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertStrictPolicy(missing);
    HttpResponse<String> script = get("jakarta.faces.resource/storecrm/layout.js.xhtml");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(policyOf(script)).contains("script-src 'self';");
  }

  @Test
  void anErrorPageAfterAPostWithoutNonceIsRenderedWithItsOwnNonce() throws Exception {
    login();
    HttpResponse<String> expired =
        post("admin/user.xhtml", "userForm=userForm&jakarta.faces.ViewState=1%3A2");
    assertThat(expired.statusCode()).isLessThan(500);
    assertThat(expired.body()).contains("id=\"error-expired\"");
    assertStrictPolicy(expired);
  }

  private void assertStrictPageWithNonce(HttpResponse<String> page) {
    assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(200);
    String policy = assertStrictPolicy(page);
    Matcher nonce = NONCE.matcher(policy);
    assertThat(nonce.find()).as(policy).isTrue();
    Matcher scripts = SCRIPT_TAG.matcher(page.body());
    int count = 0;
    while (scripts.find()) {
      count++;
      assertThat(scripts.group())
          .as(page.uri() + " script")
          .contains("nonce=\"" + nonce.group(1) + "\"");
    }
    assertThat(count).as("scripts on " + page.uri()).isPositive();
    assertThat(INLINE_HANDLER.matcher(page.body()).find())
        .as("an inline event handler on " + page.uri())
        .isFalse();
  }

  private static String assertStrictPolicy(HttpResponse<String> page) {
    assertThat(page.headers().allValues("Content-Security-Policy"))
        .as("policies of " + page.uri())
        .hasSize(1);
    String policy = policyOf(page);
    assertThat(policy)
        .doesNotContain("unsafe-eval")
        .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
    String scriptSources = policy.substring(policy.indexOf("script-src"));
    scriptSources = scriptSources.substring(0, scriptSources.indexOf(';'));
    assertThat(scriptSources).doesNotContain("unsafe-inline").doesNotContain("*");
    return policy;
  }

  private static String policyOf(HttpResponse<String> page) {
    return page.headers().firstValue("Content-Security-Policy").orElseThrow();
  }

  private void login() throws Exception {
    Matcher state = VIEW_STATE.matcher(get("login.xhtml").body());
    assertThat(state.find()).isTrue();
    HttpResponse<String> answer =
        post(
            "login.xhtml",
            "loginForm=loginForm&loginForm%3Ausername=admin&loginForm%3Apassword=demo"
                + "&loginForm%3Alogin=&jakarta.faces.ViewState="
                + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String form) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
