package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stores, staff, login and errors over the REST API, against the running application. */
@SystemTest
class PlatformApiIT {
  private static final String PASSWORD = "demo";
  private final URI base;
  private final Api admin;
  private final Api manager;
  private final Api consultant;

  PlatformApiIT(URI base) {
    this.base = base;
    admin = Api.as(base, "admin", PASSWORD);
    manager = Api.as(base, "manager", PASSWORD);
    consultant = Api.as(base, "consultant", PASSWORD);
  }

  @Test
  void anUnauthenticatedCallIs401ProblemJson() {
    Api.Reply reply = Api.anonymous(base).get("me");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(reply.json().getInt("status")).isEqualTo(401);
  }

  @Test
  void aWrongPasswordIs401WithoutSayingWhichHalfWasWrong() {
    Api.Reply wrongPassword = Api.as(base, "admin", "nope").get("me");
    Api.Reply unknownUser = Api.as(base, "nobody", "demo").get("me");
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(wrongPassword.json().getString("detail"))
        .isEqualTo(unknownUser.json().getString("detail"))
        .isEqualTo("The username or password is not correct");
  }

  @Test
  void meNamesTheCallerTheirRoleAndStore() {
    JsonObject me = consultant.get("me").json();
    assertThat(me.getString("username")).isEqualTo("consultant");
    assertThat(me.getJsonArray("roles").getValuesAs(JsonString::getString))
        .containsExactly("CONSULTANT");
    assertThat(me.getJsonNumber("storeId")).isNotNull();
    assertThat(admin.get("me").json().containsKey("storeId")).isFalse();
  }

  @Test
  void everyoneReadsOnlyTheirOwnNotices() {
    JsonObject page = consultant.get("notices?unread=true").json();
    assertThat(page.getJsonNumber("total").longValue())
        .isEqualTo(consultant.get("notices/unread").json().getJsonNumber("unread").longValue());
    Api.Reply foreign = consultant.post("notices/999999999/read", "");
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.contentType()).startsWith("application/problem+json");
    assertThat(consultant.post("notices/read", "").json().getJsonNumber("unread").longValue())
        .isZero();
  }

  @Test
  void aConsultantMayReadStoresButNotManageStaff() {
    assertThat(consultant.get("stores").status()).isEqualTo(200);
    Api.Reply denied = consultant.get("users");
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.contentType()).startsWith("application/problem+json");
    assertThat(
            consultant
                .post(
                    "users",
                    newUser(
                        "sneaky." + suffix(), "long-enough-1", "CONSULTANT", storeOf(consultant)))
                .status())
        .isEqualTo(403);
    assertThat(consultant.post("stores", store("X" + suffix())).status()).isEqualTo(403);
  }

  @Test
  void aManagerSeesOnlyTheirOwnStoresStaffAndAnotherStoresStaffIs404() {
    long ownStore = storeOf(manager);
    JsonObject page = manager.get("users?size=200").json();
    assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(
            user -> assertThat(user.getJsonNumber("storeId").longValue()).isEqualTo(ownStore));

    long plazaConsultant = userId("plaza.consultant");
    Api.Reply hidden = manager.get("users/" + plazaConsultant);
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.contentType()).startsWith("application/problem+json");
    assertThat(admin.get("users/" + plazaConsultant).status()).isEqualTo(200);
    assertThat(
            manager
                .post("users", newUser("m." + suffix(), "long-enough-1", "CONSULTANT", ownStore))
                .status())
        .isEqualTo(403);
  }

  @Test
  void invalidInputIs400NamingEachField() {
    Api.Reply reply =
        admin.post("users", "{\"username\":\"Bad Name\",\"password\":\"x\",\"language\":\"fr\"}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(fields(reply)).contains("username", "fullName", "role", "language");
  }

  @Test
  void pagingBeyondItsLimitsIs400NamingTheParameter() {
    Api.Reply tooLarge = admin.get("users?size=500");
    assertThat(tooLarge.status()).isEqualTo(400);
    assertThat(fields(tooLarge)).containsExactly("size");
    assertThat(fields(consultant.get("customers?page=-1"))).containsExactly("page");
    assertThat(admin.get("stores?size=1&sort=name&desc=true").json().getJsonArray("items"))
        .hasSize(1);
  }

  @Test
  void malformedJsonIs400() {
    Api.Reply reply = admin.post("users", "{\"username\": ");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aShortPasswordIsRefusedWithItsField() {
    Api.Reply reply =
        admin.post("users", newUser("short." + suffix(), "abc", "CONSULTANT", storeOf(manager)));
    assertThat(reply.status()).isEqualTo(422);
    assertThat(fields(reply)).containsExactly("password");
  }

  @Test
  void anAdminCreatesAUserWhoCanLogInAndADuplicateIs409() {
    String username = "new.user." + suffix();
    Api.Reply created =
        admin.post("users", newUser(username, "s3cret-pass", "CONSULTANT", storeOf(manager)));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location"))
        .endsWith("/api/v1/users/" + created.json().getJsonNumber("id"));
    assertThat(Api.as(base, username, "s3cret-pass").get("me").status()).isEqualTo(200);

    Api.Reply duplicate =
        admin.post("users", newUser(username, "s3cret-pass", "MANAGER", storeOf(manager)));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(fields(duplicate)).containsExactly("username");
    assertThat(duplicate.json().getString("detail")).contains(username);
  }

  @Test
  void languageTagsAreReadAsBcp47AndAnsweredInOneForm() {
    long store = storeOf(manager);
    String username = "bcp47." + suffix();
    Api.Reply created =
        admin.post(
            "users",
            newUser(username, "s3cret-pass", "CONSULTANT", store).replace("\"en\"", "\"zh-CN\""));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getString("language")).isEqualTo("zh_CN");
    assertThat(Api.as(base, username, "s3cret-pass").get("me").json().getString("language"))
        .isEqualTo("zh_CN");
    long id = created.json().getJsonNumber("id").longValue();
    long version = created.json().getJsonNumber("version").longValue();

    Api.Reply english =
        admin.put(
            "users/" + id,
            userEdit("CONSULTANT", store, true, version).replace("\"en\"", "\"en-US\""));
    assertThat(english.status()).as(english.toString()).isEqualTo(200);
    assertThat(english.json().getString("language")).isEqualTo("en");
    Api.Reply hans =
        admin.put(
            "users/" + id,
            userEdit("CONSULTANT", store, true, english.json().getJsonNumber("version").longValue())
                .replace("\"en\"", "\"zh-Hans-CN\""));
    assertThat(hans.json().getString("language")).isEqualTo("zh_CN");

    Api.Reply traditional =
        admin.post(
            "users",
            newUser("hant." + suffix(), "s3cret-pass", "CONSULTANT", store)
                .replace("\"en\"", "\"zh-Hant\""));
    assertThat(traditional.status()).isEqualTo(400);
    assertThat(fields(traditional)).containsExactly("language");
  }

  @Test
  void aStaleEditIs409AndTheAuditTrailKeepsEveryChange() {
    String username = "stale." + suffix();
    JsonObject user =
        admin
            .post("users", newUser(username, "s3cret-pass", "CONSULTANT", storeOf(manager)))
            .json();
    long id = user.getJsonNumber("id").longValue();
    long version = user.getJsonNumber("version").longValue();
    String edit =
        "{\"fullName\":\"%s\",\"role\":\"SERVICE\",\"storeId\":%d,\"language\":\"en\",\"active\":true,\"version\":%d}";

    Api.Reply first =
        admin.put("users/" + id, edit.formatted("First Edit", storeOf(manager), version));
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    Api.Reply second =
        admin.put("users/" + id, edit.formatted("Second Edit", storeOf(manager), version));
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().getString("type")).endsWith("/stale-record");
    assertThat(admin.get("users/" + id).json().getString("fullName")).isEqualTo("First Edit");

    List<JsonObject> trail =
        admin
            .get("audit?recordType=User&recordId=" + id)
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(trail).extracting(e -> e.getString("action")).containsExactly("UPDATE", "CREATE");
    assertThat(trail).allSatisfy(e -> assertThat(e.getString("username")).isEqualTo("admin"));
    assertThat(trail.get(0).getString("changes"))
        .contains("fullName: Test User → First Edit")
        .contains("role: CONSULTANT → SERVICE");
    assertThat(consultant.get("audit").status()).isEqualTo(403);
  }

  @Test
  void aDemotedUserLosesTheRoleAndADeactivatedOneIs401OnTheirNextCall() {
    String username = "leaver." + suffix();
    long store = storeOf(manager);
    JsonObject user =
        admin.post("users", newUser(username, "s3cret-pass", "MANAGER", store)).json();
    long id = user.getJsonNumber("id").longValue();
    Api leaver = Api.as(base, username, "s3cret-pass");
    assertThat(leaver.get("users").status()).isEqualTo(200);

    Api.Reply demoted =
        admin.put(
            "users/" + id,
            userEdit("CONSULTANT", store, true, user.getJsonNumber("version").longValue()));
    assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);
    assertThat(leaver.get("users").status()).isEqualTo(403);
    assertThat(leaver.get("me").json().getJsonArray("roles").getValuesAs(JsonString::getString))
        .containsExactly("CONSULTANT");

    Api.Reply deactivated =
        admin.put(
            "users/" + id,
            userEdit(
                "CONSULTANT", store, false, demoted.json().getJsonNumber("version").longValue()));
    assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
    Api.Reply refused = leaver.get("me");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.contentType()).startsWith("application/problem+json");
  }

  @Test
  void changingTheOwnPasswordNeedsTheCurrentOneAndRetiresIt() {
    String username = "pw." + suffix();
    assertThat(
            admin
                .post("users", newUser(username, "first-pass-1", "CONSULTANT", storeOf(manager)))
                .status())
        .isEqualTo(201);
    Api owner = Api.as(base, username, "first-pass-1");

    Api.Reply wrong =
        owner.post(
            "me/password", "{\"currentPassword\":\"not-it-1\",\"newPassword\":\"second-pass-2\"}");
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.contentType()).startsWith("application/problem+json");
    assertThat(fields(wrong)).containsExactly("currentPassword");
    Api.Reply tooShort =
        owner.post("me/password", "{\"currentPassword\":\"first-pass-1\",\"newPassword\":\"abc\"}");
    assertThat(tooShort.status()).isEqualTo(422);
    assertThat(fields(tooShort)).containsExactly("newPassword");
    assertThat(owner.get("me").status()).as("a refused change keeps the password").isEqualTo(200);

    Api.Reply changed =
        owner.post(
            "me/password",
            "{\"currentPassword\":\"first-pass-1\",\"newPassword\":\"second-pass-2\"}");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
    assertThat(Api.as(base, username, "second-pass-2").get("me").status()).isEqualTo(200);
    assertThat(owner.get("me").status()).isEqualTo(401);
  }

  @Test
  void storesAreCreatedByAdminsWithUniqueCodes() {
    String code = "T" + suffix().toUpperCase();
    Api.Reply created = admin.post("stores", store(code));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(admin.post("stores", store(code)).status()).isEqualTo(409);
    assertThat(admin.get("stores?q=" + code).json().getInt("total")).isEqualTo(1);
  }

  @Test
  void readinessMetricsAndOpenApiAreServed() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> ready =
        http.send(
            HttpRequest.newBuilder(base.resolve("health/ready")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"").contains("UP");
    HttpResponse<String> metrics =
        http.send(
            HttpRequest.newBuilder(base.resolve("metrics")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(metrics.statusCode()).isEqualTo(200);
    HttpResponse<String> openapi =
        http.send(
            HttpRequest.newBuilder(base.resolve("openapi")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body()).contains("title: StoreCRM API").contains("scheme: basic");
  }

  @Test
  void theOpenApiDocumentListsTheResourcesOfEveryModule() throws Exception {
    HttpResponse<String> openapi =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.resolve("openapi"))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(openapi.statusCode()).isEqualTo(200);
    JsonObject paths =
        jakarta.json.Json.createReader(new java.io.StringReader(openapi.body()))
            .readObject()
            .getJsonObject("paths");
    assertThat(paths.keySet())
        .as("the resources in the module jars are documented")
        .contains(
            "/api/v1/me",
            "/api/v1/users",
            "/api/v1/customers",
            "/api/v1/orders",
            "/api/v1/bundles/packs");
  }

  @Test
  void pagesCarrySecurityHeaders() throws Exception {
    HttpResponse<String> login =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.resolve("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(login.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
    assertThat(login.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(
            v -> assertThat(v).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
  }

  @Test
  void errorPagesCarrySecurityHeadersToo() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    // Templates are no pages: the container refuses them to everyone, before any filter runs.
    HttpResponse<String> refused =
        http.send(
            HttpRequest.newBuilder(base.resolve("templates/layout.xhtml")).build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> missing =
        http.send(
            HttpRequest.newBuilder(base.resolve("error/no-such-page.xhtml")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("id=\"error-403\"");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("id=\"error-404\"");
    for (HttpResponse<String> page : List.of(refused, missing)) {
      assertThat(page.headers().firstValue("X-Frame-Options"))
          .as(page.uri().toString())
          .contains("DENY");
      assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
      assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
      assertThat(page.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
    }
  }

  private long storeOf(Api api) {
    return api.get("me").json().getJsonNumber("storeId").longValue();
  }

  private long userId(String username) {
    return admin.userId(username);
  }

  static List<String> fields(Api.Reply reply) {
    return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  static String newUser(String username, String password, String role, long storeId) {
    return """
        {"username":"%s","password":"%s","fullName":"Test User","role":"%s","storeId":%d,"language":"en"}"""
        .formatted(username, password, role, storeId);
  }

  static String userEdit(String role, long storeId, boolean active, long version) {
    return """
        {"fullName":"Test User","role":"%s","storeId":%d,"language":"en","active":%b,"version":%d}"""
        .formatted(role, storeId, active, version);
  }

  static String store(String code) {
    return """
        {"code":"%s","name":"Test store %s","region":"North China","city":"Beijing","active":true}"""
        .formatted(code, code);
  }

  static String suffix() {
    return Long.toString(System.nanoTime(), 36);
  }
}
