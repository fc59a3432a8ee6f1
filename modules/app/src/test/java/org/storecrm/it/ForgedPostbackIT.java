package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * CSRF: a form post that does not carry the view state the server issued to this session (what a
 * forged cross-site post looks like, even with the victim's cookie) changes nothing.
 */
@SystemTest
class ForgedPostbackIT {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final URI base;
  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  ForgedPostbackIT(URI base) {
    this.base = base;
  }

  @Test
  void aPostbackWithAForgedViewStateCreatesNoUser() throws Exception {
    String loginState = viewState(get("login.xhtml"));
    Map<String, String> login = new LinkedHashMap<>();
    login.put("loginForm", "loginForm");
    login.put("loginForm:username", "admin");
    login.put("loginForm:password", "demo");
    login.put("loginForm:login", "");
    login.put("jakarta.faces.ViewState", loginState);
    assertThat(post("login.xhtml", login).statusCode()).isEqualTo(302);

    String genuine = viewState(get("admin/user.xhtml"));
    String username = "forged." + Long.toString(System.nanoTime(), 36);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("userForm", "userForm");
    form.put("userForm:username", username);
    form.put("userForm:password", "s3cret-pass");
    form.put("userForm:fullName", "Forged");
    form.put("userForm:role_input", "ADMIN");
    form.put("userForm:save", "");
    form.put("jakarta.faces.ViewState", "-1234567890123456789:-987654321098765432");

    HttpResponse<String> forged = post("admin/user.xhtml", form);
    assertThat(forged.body()).contains("error-expired");
    assertThat(genuine).isNotEqualTo(form.get("jakarta.faces.ViewState"));
    assertThat(Api.as(base, "admin", "demo").get("users?q=" + username).json().getInt("total"))
        .isZero();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return browser.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String viewState(HttpResponse<String> page) {
    Matcher matcher = VIEW_STATE.matcher(page.body());
    assertThat(matcher.find()).as("a view state on " + page.uri()).isTrue();
    return matcher.group(1);
  }
}
