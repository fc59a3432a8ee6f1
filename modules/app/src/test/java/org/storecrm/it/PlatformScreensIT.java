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
import org.storecrm.it.screens.AuditScreen;
import org.storecrm.it.screens.HomeScreen;
import org.storecrm.it.screens.Layout;
import org.storecrm.it.screens.LoginScreen;
import org.storecrm.it.screens.NoticesScreen;
import org.storecrm.it.screens.PasswordScreen;
import org.storecrm.it.screens.TopBar;
import org.storecrm.it.screens.UserScreen;
import org.storecrm.it.screens.UsersScreen;

/** Login, language, staff administration and role limits, in headless Chromium. */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class PlatformScreensIT {
  private final Browser browser;
  private final Layout layout;
  private final HomeScreen homeScreen;
  private final AuditScreen auditScreen;
  private final LoginScreen loginScreen;
  private final NoticesScreen noticesScreen;
  private final PasswordScreen passwordScreen;
  private final TopBar topBar;
  private final UserScreen userScreen;
  private final UsersScreen usersScreen;
  private final URI base;
  private final Api admin;

  PlatformScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.layout = new Layout(browser);
    this.homeScreen = new HomeScreen(browser);
    this.auditScreen = new AuditScreen(browser);
    this.loginScreen = new LoginScreen(browser);
    this.noticesScreen = new NoticesScreen(browser);
    this.passwordScreen = new PasswordScreen(browser);
    this.topBar = new TopBar(browser);
    this.userScreen = new UserScreen(browser);
    this.usersScreen = new UsersScreen(browser);
    this.base = base;
    admin = Api.as(base, "admin", "demo");
  }

  @Test
  void aWrongPasswordShowsOneClearMessage() {
    browser.login("admin", "wrong-password");
    assertThat(loginScreen.messages().text()).contains("the username or password is not correct");
    assertThat(browser.currentPath()).endsWith("/login.xhtml");
  }

  @Test
  void loginInEnglishThenSwitchToChinese() {
    browser.open("login.xhtml");
    loginScreen.langEn().click();
    String before = browser.sessionCookie();
    browser.login("admin", "demo");
    assertThat(layout.title().text()).isEqualTo("Home");
    assertThat(layout.sidebar().text()).contains("Administration", "Staff");
    assertThat(browser.sessionCookie()).as("session id changes at login").isNotEqualTo(before);

    topBar.langZh().click();
    layout.title().awaitText("首页");
    assertThat(layout.sidebar().text()).contains("系统管理", "员工");
    assertThat(topBar.store().text()).isEqualTo("总部");

    topBar.langEn().click();
    layout.title().awaitText("Home");
  }

  @Test
  void anAdminCreatesAStaffMember() {
    String username = "screen." + Long.toString(System.nanoTime(), 36);
    submitNewConsultant(username, "赵敏");
    layout.title().awaitText("Staff");
    browser.awaitPageText("Staff member " + username + " saved.");
    usersScreen.usersGlobalFilter().type(username);
    usersScreen.users().awaitText("赵敏");
  }

  @Test
  void aTakenUsernameIsShownNextToTheField() {
    submitNewConsultant("consultant", "Duplicate");
    userScreen.usernameMessage().awaitText("already taken");
    assertThat(browser.currentPath()).endsWith("/admin/user.xhtml");
  }

  @Test
  void aConsultantIsRefusedTheAdministrationScreens() {
    browser.login("consultant", "demo");
    assertThat(layout.sidebar().text()).doesNotContain("Administration").doesNotContain("系统管理");
    browser.open("admin/users.xhtml");
    assertThat(layout.error403().text()).isNotBlank();
    browser.open("admin/stores.xhtml");
    assertThat(layout.error403().waitFor().isDisplayed()).isTrue();
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
    layout.title().awaitText("Home");
    browser.open("admin/users.xhtml");
    layout.title().awaitText("Staff");

    Api.Reply demoted =
        admin.put(
            "users/" + id,
            PlatformApiIT.userEdit(
                "CONSULTANT", store, true, user.getJsonNumber("version").longValue()));
    assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);
    browser.open("admin/users.xhtml");
    assertThat(layout.error403().waitFor().isDisplayed()).isTrue();

    Api.Reply deactivated =
        admin.put(
            "users/" + id,
            PlatformApiIT.userEdit(
                "CONSULTANT", store, false, demoted.json().getJsonNumber("version").longValue()));
    assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
    browser.open("index.xhtml");
    loginScreen.username().waitFor();
    assertThat(browser.currentPath()).endsWith("/login.xhtml");
  }

  @Test
  void theBellInTheTopBarOpensTheUsersNotices() {
    browser.login("tech", "demo"); // works in Chinese
    layout.title().awaitText("首页");
    topBar.notices().click();
    layout.title().awaitText("通知");
    noticesScreen.markAllRead().click();
    layout.title().awaitText("通知");
    assertThat(noticesScreen.notices().text()).contains("通知内容");
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
    layout.title().awaitText("Home");
    browser.open("account/password.xhtml");
    fillPasswordForm("not-it-123", "second-pass-2", "second-pass-2");
    passwordScreen.currentPasswordMessage().awaitText("The current password is not correct");

    fillPasswordForm("first-pass-1", "second-pass-2", "other-pass-3");
    passwordScreen.repeatedPasswordMessage().awaitText("The two new passwords differ");

    fillPasswordForm("first-pass-1", "second-pass-2", "second-pass-2");
    passwordScreen.messages().awaitText("Your password was changed.");
    browser.logout();

    browser.login(username, "first-pass-1");
    assertThat(loginScreen.messages().text()).contains("the username or password is not correct");
    browser.login(username, "second-pass-2");
    layout.title().awaitText("Home");
  }

  private void fillPasswordForm(String current, String fresh, String repeated) {
    passwordScreen.currentPassword().type(current);
    passwordScreen.newPassword().type(fresh);
    passwordScreen.repeatedPassword().type(repeated);
    passwordScreen.change().click();
  }

  @Test
  void theAuditScreenShowsWhatTheAdminJustDidInTheChainsZone() {
    String username = "audited." + Long.toString(System.nanoTime(), 36);
    submitNewConsultant(username, "审计");
    browser.awaitPageText("Staff member " + username + " saved.");
    long id = admin.userId(username);

    browser.open("admin/audit.xhtml");
    layout.title().awaitText("Audit");
    // Newest first: the admin's creation of the user is on the first page before any filter.
    auditScreen.audit().awaitText("Username: " + username);
    auditScreen.auditRecordTypeFilter().select("Staff member");
    auditScreen.auditRecordIdFilter().type(String.valueOf(id));
    auditScreen.audit().awaitText("Username: " + username);
    String table = auditScreen.audit().text();
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
    topBar.langZh().click();
    try {
      layout.title().awaitText("审计记录");
      auditScreen.audit().awaitText("用户名: " + username);
      assertThat(auditScreen.audit().text()).contains("新建", "员工", "角色: 销售顾问");
    } finally {
      topBar.langEn().click();
      layout.title().awaitText("Audit");
    }

    // A period that starts tomorrow holds nothing.
    auditScreen
        .from()
        .pickDateTime(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).atStartOfDay());
    browser.script("PrimeFaces.getWidgetById('auditForm:from').callBehavior('dateSelect');");
    auditScreen.audit().awaitText("Nothing found");
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
    layout.title().awaitText("首页");
    assertThat(homeScreen.followUpsDueFigure().text()).isEqualTo(String.valueOf(due));
    assertThat(homeScreen.mySalesFigure().text()).matches("\\d+");
    assertThat(homeScreen.cards().text()).contains("我今日待跟进", "我今日的订单");

    topBar.langEn().click();
    layout.title().awaitText("Home");
    assertThat(homeScreen.cards().text())
        .contains("My follow-ups due today", "My overdue follow-ups", "My orders today");
    topBar.langZh().click(); // the demo consultant's language
    layout.title().awaitText("首页");
  }

  private void homePageShows(String username, List<String> shown, List<String> hidden) {
    browser.login(username, "demo");
    homeScreen.cards().waitFor();
    String cards = homeScreen.cards().text();
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
    userScreen.username().type(username);
    userScreen.password().type("s3cret-pass");
    userScreen.fullName().type(fullName);
    userScreen.role().select("Sales consultant");
    userScreen.storeId().select("Chengdu Tianfu Plaza Store");
    userScreen.save().click();
  }
}
