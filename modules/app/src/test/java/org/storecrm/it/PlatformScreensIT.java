package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Login, language, staff administration and role limits, in headless Chromium. */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class PlatformScreensIT {
  private final Browser browser;
  private final URI base;
  private final Api admin;

  PlatformScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.base = base;
    admin = Api.as(base, "admin", "demo");
  }

  @Test
  void aWrongPasswordShowsOneClearMessage() {
    browser.login("admin", "wrong-password");
    assertThat(browser.text("loginForm:messages"))
        .contains("the username or password is not correct");
    assertThat(browser.currentPath()).endsWith("/login.xhtml");
  }

  @Test
  void loginInEnglishThenSwitchToChinese() {
    browser.open("login.xhtml");
    browser.click("languageForm:lang-en");
    String before = browser.sessionCookie();
    browser.login("admin", "demo");
    assertThat(browser.text("page-title")).isEqualTo("Home");
    assertThat(browser.text("sidebar")).contains("Administration", "Staff");
    assertThat(browser.sessionCookie()).as("session id changes at login").isNotEqualTo(before);

    browser.click("topbarForm:lang-zh");
    browser.awaitText("page-title", "首页");
    assertThat(browser.text("sidebar")).contains("系统管理", "员工");
    assertThat(browser.text("topbar-store")).isEqualTo("总部");

    browser.click("topbarForm:lang-en");
    browser.awaitText("page-title", "Home");
  }

  @Test
  void anAdminCreatesAStaffMember() {
    String username = "screen." + Long.toString(System.nanoTime(), 36);
    submitNewConsultant(username, "赵敏");
    browser.awaitText("page-title", "Staff");
    browser.awaitPageText("Staff member " + username + " saved.");
    browser.type("usersForm:users:globalFilter", username);
    browser.awaitText("usersForm:users", "赵敏");
  }

  @Test
  void aTakenUsernameIsShownNextToTheField() {
    submitNewConsultant("consultant", "Duplicate");
    browser.awaitText("userForm:username_message", "already taken");
    assertThat(browser.currentPath()).endsWith("/admin/user.xhtml");
  }

  @Test
  void aConsultantIsRefusedTheAdministrationScreens() {
    browser.login("consultant", "demo");
    assertThat(browser.text("sidebar")).doesNotContain("Administration").doesNotContain("系统管理");
    browser.open("admin/users.xhtml");
    assertThat(browser.text("error-403")).isNotBlank();
    browser.open("admin/stores.xhtml");
    assertThat(browser.waitFor("error-403").isDisplayed()).isTrue();
  }

  @Test
  void aDemotedUserIsRefusedAndADeactivatedOneIsSentToLoginOnTheirNextPage() {
    long store =
        Api.as(base, "manager", "demo").get("me").json().getJsonNumber("storeId").longValue();
    String username = "session." + Long.toString(System.nanoTime(), 36);
    JsonObject user =
        admin
            .post("users", PlatformApiIT.newUser(username, "s3cret-pass", "MANAGER", store))
            .json();
    long id = user.getJsonNumber("id").longValue();
    browser.login(username, "s3cret-pass");
    browser.awaitText("page-title", "Home");
    browser.open("admin/users.xhtml");
    browser.awaitText("page-title", "Staff");

    Api.Reply demoted =
        admin.put(
            "users/" + id,
            PlatformApiIT.userEdit(
                "CONSULTANT", store, true, user.getJsonNumber("version").longValue()));
    assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);
    browser.open("admin/users.xhtml");
    assertThat(browser.waitFor("error-403").isDisplayed()).isTrue();

    Api.Reply deactivated =
        admin.put(
            "users/" + id,
            PlatformApiIT.userEdit(
                "CONSULTANT", store, false, demoted.json().getJsonNumber("version").longValue()));
    assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
    browser.open("index.xhtml");
    browser.waitFor("loginForm:username");
    assertThat(browser.currentPath()).endsWith("/login.xhtml");
  }

  @Test
  void theBellInTheTopBarOpensTheUsersNotices() {
    browser.login("tech", "demo"); // works in Chinese
    browser.awaitText("page-title", "首页");
    browser.click("topbarForm:topbar-notices");
    browser.awaitText("page-title", "通知");
    browser.click("noticesForm:markAllRead");
    browser.awaitText("page-title", "通知");
    assertThat(browser.text("noticesForm:notices")).contains("通知内容");
  }

  @Test
  void aUserChangesTheirPasswordOnTheScreen() {
    long store =
        Api.as(base, "manager", "demo").get("me").json().getJsonNumber("storeId").longValue();
    String username = "pwscreen." + Long.toString(System.nanoTime(), 36);
    assertThat(
            admin
                .post("users", PlatformApiIT.newUser(username, "first-pass-1", "CONSULTANT", store))
                .status())
        .isEqualTo(201);
    browser.login(username, "first-pass-1");
    browser.awaitText("page-title", "Home");
    browser.open("account/password.xhtml");
    fillPasswordForm("not-it-123", "second-pass-2", "second-pass-2");
    browser.awaitText(
        "passwordForm:currentPassword_message", "The current password is not correct");

    fillPasswordForm("first-pass-1", "second-pass-2", "other-pass-3");
    browser.awaitText("passwordForm:repeatedPassword_message", "The two new passwords differ");

    fillPasswordForm("first-pass-1", "second-pass-2", "second-pass-2");
    browser.awaitText("passwordForm:messages", "Your password was changed.");
    browser.logout();

    browser.login(username, "first-pass-1");
    assertThat(browser.text("loginForm:messages"))
        .contains("the username or password is not correct");
    browser.login(username, "second-pass-2");
    browser.awaitText("page-title", "Home");
  }

  private void fillPasswordForm(String current, String fresh, String repeated) {
    browser.type("passwordForm:currentPassword", current);
    browser.type("passwordForm:newPassword", fresh);
    browser.type("passwordForm:repeatedPassword", repeated);
    browser.click("passwordForm:change");
  }

  @Test
  void theAuditScreenShowsWhatTheAdminJustDidInTheChainsZone() {
    String username = "audited." + Long.toString(System.nanoTime(), 36);
    submitNewConsultant(username, "审计");
    browser.awaitPageText("Staff member " + username + " saved.");
    long id = admin.userId(username);

    browser.open("admin/audit.xhtml");
    browser.awaitText("page-title", "Audit");
    // Newest first: the admin's creation of the user is on the first page before any filter.
    browser.awaitText("auditForm:audit", "Username: " + username);
    browser.select("auditForm:audit:recordTypeFilter", "Staff member");
    browser.type("auditForm:audit:recordId:filter", String.valueOf(id));
    browser.awaitText("auditForm:audit", "Username: " + username);
    String table = browser.text("auditForm:audit");
    // Labels, not the stored codes.
    assertThat(table)
        .contains("Created", "admin", "Staff member", "Role: Sales consultant")
        .doesNotContain("CREATE", "CONSULTANT");
    // The instant is stored in UTC and shown on the chain's business day (storecrm.zone).
    String today =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.ENGLISH)
            .format(LocalDate.now(ZoneId.of("Asia/Shanghai")));
    assertThat(table).contains(today).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");

    // In Chinese, the same labels in Chinese.
    browser.click("topbarForm:lang-zh");
    try {
      browser.awaitText("page-title", "审计记录");
      browser.awaitText("auditForm:audit", "用户名: " + username);
      assertThat(browser.text("auditForm:audit")).contains("新建", "员工", "角色: 销售顾问");
    } finally {
      browser.click("topbarForm:lang-en");
      browser.awaitText("page-title", "Audit");
    }

    // A period that starts tomorrow holds nothing.
    browser.pickDateTime(
        "auditForm:from", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).atStartOfDay());
    browser.script("PrimeFaces.getWidgetById('auditForm:from').callBehavior('dateSelect');");
    browser.awaitText("auditForm:audit", "Nothing found");
  }

  /** Each in their profile's language: the manager, consultant and technician work in Chinese. */
  @Test
  void eachDemoUserSeesTheHomePageOfTheirRole() {
    homePageShows(
        "admin",
        List.of("Stores", "Active staff", "Orders today, all stores"),
        List.of("follow-ups", "My orders today"));
    homePageShows(
        "manager",
        List.of("在岗员工", "我今日待跟进", "我的逾期跟进", "本店今日订单", "净销售额 ¥"),
        List.of("今日订单（全部门店）", "我今日的订单"));
    homePageShows(
        "consultant", List.of("我今日待跟进", "我的逾期跟进", "我今日的订单", "净销售额 ¥"), List.of("在岗员工", "本店今日订单"));
    homePageShows("tech", List.of("我今日的订单", "净销售额 ¥"), List.of("跟进", "在岗员工"));
    homePageShows(
        "accounts",
        List.of("My orders today", "Net revenue ¥"),
        List.of("follow-ups", "Active staff"));
  }

  @Test
  void aConsultantsHomePageCountsTheirQueueInBothLanguages() {
    long due =
        Api.as(base, "consultant", "demo")
            .get("follow-ups?status=DUE&size=1")
            .json()
            .getJsonNumber("total")
            .longValue();
    browser.login("consultant", "demo");
    browser.awaitText("page-title", "首页");
    assertThat(browser.text("card-followups-due-figure")).isEqualTo(String.valueOf(due));
    assertThat(browser.text("card-sales-mine-figure")).matches("\\d+");
    assertThat(browser.text("home-cards")).contains("我今日待跟进", "我今日的订单");

    browser.click("topbarForm:lang-en");
    browser.awaitText("page-title", "Home");
    assertThat(browser.text("home-cards"))
        .contains("My follow-ups due today", "My overdue follow-ups", "My orders today");
    browser.click("topbarForm:lang-zh"); // the demo consultant's language
    browser.awaitText("page-title", "首页");
  }

  private void homePageShows(String username, List<String> shown, List<String> hidden) {
    browser.login(username, "demo");
    browser.waitFor("home-cards");
    String cards = browser.text("home-cards");
    assertThat(cards).as(username).contains(shown);
    for (String text : hidden) {
      assertThat(cards).as(username).doesNotContain(text);
    }
    browser.logout();
  }

  /** As the administrator: fills the new-staff form for a plaza-store consultant and saves. */
  private void submitNewConsultant(String username, String fullName) {
    browser.login("admin", "demo");
    browser.open("admin/user.xhtml");
    browser.type("userForm:username", username);
    browser.type("userForm:password", "s3cret-pass");
    browser.type("userForm:fullName", fullName);
    browser.select("userForm:role", "Sales consultant");
    browser.select("userForm:storeId", "Chengdu Tianfu Plaza Store");
    browser.click("userForm:save");
  }
}
