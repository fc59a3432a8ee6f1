package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.screens.AccountsScreen;
import org.storecrm.it.screens.AgingScreen;
import org.storecrm.it.screens.Layout;

/**
 * The pages no menu entry leads to (edit forms, forms opened from a card, the error pages) open for
 * the roles that use them: each is named here, so that none can be broken unnoticed.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class PagesScreensIT {
  private final Browser browser;
  private final Layout layout;
  private final AgingScreen agingScreen;
  private final AccountsScreen accountsScreen;
  private final Api consultant;

  PagesScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.layout = new Layout(browser);
    this.agingScreen = new AgingScreen(browser);
    this.accountsScreen = new AccountsScreen(browser);
    consultant = Api.as(base, "consultant", "demo");
  }

  /** The Content-Security-Policy blocks a script without nonce, and the suites' probe sees it. */
  @Test
  void anInlineScriptIsBlockedAndReported() throws InterruptedException {
    browser.login("consultant", "demo");
    try {
      opens("customers/list.xhtml", "customersForm");
      assertThat(browser.takeCspViolations()).isEmpty();
      assertThat(browser.inlineScriptRuns()).isFalse();
      java.util.List<String> reported = browser.takeCspViolations();
      for (int tries = 0; reported.isEmpty() && tries < 50; tries++) {
        Thread.sleep(100); // the violation event is dispatched as a task of its own
        reported = browser.takeCspViolations();
      }
      assertThat(reported).singleElement().asString().contains("script-src");
    } finally {
      browser.logout();
    }
  }

  @Test
  void theFormsOpenedFromACardOpenForTheConsultant() {
    long customer =
        CustomersApiIT.register(
            consultant, "Page Probe " + System.nanoTime() % 100000, CustomersApiIT.mobile());
    browser.login("consultant", "demo");
    try {
      opens("customers/complaint-new.xhtml?customerId=" + customer, "complaintForm");
      opens("customers/survey.xhtml?customerId=" + customer, "surveyForm");
      opens("bundles/checklists.xhtml", "entryForm");
      opens("notices.xhtml", "noticesForm");
    } finally {
      browser.logout();
    }
  }

  @Test
  void theManagersAndAdministratorsFormsOpen() {
    browser.login("manager", "demo");
    try {
      opens("sales/product.xhtml", "productForm");
      opens("sales/catalogue-import.xhtml", "importForm");
    } finally {
      browser.logout();
    }
    browser.login("admin", "demo");
    try {
      opens("admin/store.xhtml", "storeForm");
      opens("customers/sweep.xhtml", "sweepForm");
    } finally {
      browser.logout();
    }
  }

  @Test
  void theServicesAndAccountsPagesOpenForTheirRoles() {
    browser.login("accounts", "demo"); // works in English
    try {
      opens("accounts/accounts.xhtml", "newForm");
      accountsScreen.list().waitFor();
      opens("accounts/aging.xhtml", "agingForm");
      // Both aging tables take their bucket columns from accounts/aging-columns.xhtml.
      assertThat(agingScreen.managers().text()).contains("Over 90 days");
      assertThat(agingScreen.accounts().text()).contains("Over 90 days");
    } finally {
      browser.logout();
    }
    browser.login("consultant", "demo");
    try {
      opens("services/register.xhtml", "registerForm");
    } finally {
      browser.logout();
    }
    browser.login("admin", "demo");
    try {
      opens("services/sla-job.xhtml", "slaForm");
    } finally {
      browser.logout();
    }
  }

  @Test
  void eachErrorPageAnswersWhatWentWrongWithAWayHome() {
    browser.login("consultant", "demo"); // works in Chinese
    try {
      browser.open("admin/store.xhtml"); // administrators only: error/403.xhtml
      assertThat(layout.error403().text()).contains("无权访问");
      browser.open("no-such-page.xhtml"); // error/404.xhtml
      assertThat(layout.error404().text()).contains("页面不存在");
      browser.open("sales/product.xhtml?id=999999999"); // no such record: error/404.xhtml too
      assertThat(layout.error404().text()).contains("页面不存在");
      // A failure and an expired view cannot be caused on purpose from a browser (ForgedPostbackIT
      // posts a forged view state over HTTP); their pages must still render, in the user's
      // language.
      browser.open("error/500.xhtml");
      assertThat(layout.error500().text()).contains("出错了");
      browser.open("error/expired.xhtml");
      assertThat(layout.errorExpired().text()).contains("页面已过期");
      layout.backHome().click();
      layout.title().awaitText("首页");
    } finally {
      browser.logout();
    }
  }

  private void opens(String path, String formId) {
    browser.open(path);
    String shown =
        browser.awaitAny("page-title", "error-500", "error-403", "error-404", "error-expired");
    assertThat(shown).as(path).isEqualTo("page-title");
    assertThat(layout.title().text()).as(path).isNotBlank();
    browser.waitFor(formId);
  }
}
