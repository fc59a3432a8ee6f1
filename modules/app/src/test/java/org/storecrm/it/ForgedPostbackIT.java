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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storecrm.it.screens.LoginScreen;
import org.storecrm.it.screens.UserScreen;

/**
 * CSRF: a form post that does not carry the view state the server issued to this session (what a
 * forged cross-site post looks like, even with the victim's cookie) changes nothing, and shows the
 * expired page with a client error (400) rather than failing with a 500.
 */
@SystemTest
class ForgedPostbackIT {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final URI base;
  private final HttpClient browser = newBrowser();

  ForgedPostbackIT(URI base) {
    this.base = base;
  }

  @Test
  void aPostbackWithAForgedViewStateCreatesNoUser() throws Exception {
    login(browser, "admin");
    String genuine = viewState(get(browser, "admin/user.xhtml"));
    String username = newUsername();
    HttpResponse<String> forged =
        post(
            browser,
            "admin/user.xhtml",
            userForm(username, "-1234567890123456789:-987654321098765432"));

    assertThat(genuine).isNotEqualTo("-1234567890123456789:-987654321098765432");
    assertExpiredPage(forged, "Page expired");
    assertNoUser(username);
  }

  /** Whatever a client makes of the view state field, it gets the expired page, never a 500. */
  @Test
  void tamperedViewStatesShowTheExpiredPage() throws Exception {
    login(browser, "admin");
    String genuine = viewState(get(browser, "admin/user.xhtml"));
    String flipped =
        genuine.substring(0, genuine.length() - 1) + (genuine.endsWith("1") ? "2" : "1");
    // Not "stateless": that is Faces' own marker of a stateless view, not a tampered state.
    for (String tampered :
        List.of(flipped, "garbage", "", ":", "1:", ":1", "x:y", genuine + genuine)) {
      String username = newUsername();
      HttpResponse<String> answer = post(browser, "admin/user.xhtml", userForm(username, tampered));
      assertExpiredPage(answer, "Page expired");
      assertNoUser(username);
    }
  }

  /** A view state issued to another session is foreign to this one: expired, nothing saved. */
  @Test
  void aViewStateFromAnotherSessionShowsTheExpiredPage() throws Exception {
    HttpClient other = newBrowser();
    login(other, "admin");
    String foreign = viewState(get(other, "admin/user.xhtml"));
    login(browser, "admin");
    String username = newUsername();

    HttpResponse<String> answer = post(browser, "admin/user.xhtml", userForm(username, foreign));

    assertExpiredPage(answer, "Page expired");
    assertNoUser(username);
  }

  /**
   * A form left open while the session showed many other pages: its view was evicted from the
   * session's views, so it has expired. In Chinese for a user whose language is Chinese.
   */
  @Test
  void anExpiredViewStateShowsTheExpiredPageInTheUsersLanguage() throws Exception {
    Api admin = Api.as(base, "admin", "demo");
    String chineseAdmin = "zh.admin." + Long.toString(System.nanoTime(), 36);
    Api.Reply created =
        admin.post(
            "users",
            """
            {"username":"%s","password":"s3cret-pass","fullName":"Chinese Admin","role":"ADMIN",            "storeId":%s,"language":"zh-CN"}"""
                .formatted(chineseAdmin, admin.get("me").json().get("storeId")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    login(browser, chineseAdmin, "s3cret-pass");
    String old = viewState(get(browser, "admin/user.xhtml"));
    for (int page = 0; page < 40; page++) {
      viewState(get(browser, "admin/user.xhtml"));
    }
    String username = newUsername();

    HttpResponse<String> answer = post(browser, "admin/user.xhtml", userForm(username, old));

    assertExpiredPage(answer, "页面已过期");
    assertNoUser(username);
  }

  private void assertExpiredPage(HttpResponse<String> answer, String title) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("id=\"error-expired\"").contains(title);
  }

  private void assertNoUser(String username) {
    assertThat(Api.as(base, "admin", "demo").get("users?q=" + username).json().getInt("total"))
        .isZero();
  }

  private static String newUsername() {
    return "forged." + Long.toString(System.nanoTime(), 36);
  }

  private static Map<String, String> userForm(String username, String viewState) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put(UserScreen.FORM, UserScreen.FORM);
    form.put(UserScreen.USERNAME, username);
    form.put(UserScreen.PASSWORD, "s3cret-pass");
    form.put(UserScreen.FULL_NAME, "Forged");
    form.put(UserScreen.ROLE_INPUT, "ADMIN");
    form.put(UserScreen.SAVE, "");
    form.put("jakarta.faces.ViewState", viewState);
    return form;
  }

  private void login(HttpClient client, String username) throws Exception {
    login(client, username, "demo");
  }

  private void login(HttpClient client, String username, String password) throws Exception {
    String loginState = viewState(get(client, "login.xhtml"));
    Map<String, String> login = new LinkedHashMap<>();
    login.put(LoginScreen.FORM, LoginScreen.FORM);
    login.put(LoginScreen.USERNAME, username);
    login.put(LoginScreen.PASSWORD, password);
    login.put(LoginScreen.LOGIN, "");
    login.put("jakarta.faces.ViewState", loginState);
    assertThat(post(client, "login.xhtml", login).statusCode()).isEqualTo(302);
  }

  private static HttpClient newBrowser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  private HttpResponse<String> get(HttpClient client, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "en-US").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(HttpClient client, String path, Map<String, String> fields)
      throws Exception {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return client.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Accept-Language", "en-US")
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
