package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No menu entry shows an error page: every demo user opens every page of their menu, in both
 * languages. A page that no other test opens is still opened here (customers/value.xhtml once
 * answered 500 for every role that had it, and nothing noticed).
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class MenuPagesScreensIT {
  private static final List<String> DEMO_USERS =
      List.of("admin", "manager", "consultant", "tech", "accounts");

  private final Browser browser;

  MenuPagesScreensIT(Browser browser) {
    this.browser = browser;
  }

  @Test
  void everyMenuEntryOfEveryRoleOpensInBothLanguages() {
    List<String> failures = new ArrayList<>();
    int opened = 0;
    for (String user : DEMO_USERS) {
      browser.login(user, "demo");
      boolean chinese = isCurrent("topbarForm:lang-zh");
      try {
        opened += openEveryEntry(user, failures);
        browser.click(chinese ? "topbarForm:lang-en" : "topbarForm:lang-zh");
        browser.waitFor("page-title");
        opened += openEveryEntry(user, failures);
      } finally {
        browser.open("index.xhtml");
        if (isCurrent("topbarForm:lang-zh") != chinese) {
          browser.click(chinese ? "topbarForm:lang-zh" : "topbarForm:lang-en");
          browser.waitFor("page-title");
        }
        browser.logout();
      }
    }
    assertThat(failures).as("pages that failed to open").isEmpty();
    assertThat(opened).as("pages opened").isGreaterThan(40);
  }

  private int openEveryEntry(String user, List<String> failures) {
    List<String> entries = browser.links("sidebar");
    assertThat(entries).as("%s's menu", user).isNotEmpty();
    for (String entry : entries) {
      browser.open(entry);
      String shown =
          browser.awaitAny("page-title", "error-500", "error-403", "error-404", "error-expired");
      if (!shown.equals("page-title") || browser.text("page-title").isBlank()) {
        failures.add(user + ": " + entry + " showed " + shown);
      }
    }
    return entries.size();
  }

  private boolean isCurrent(String languageLink) {
    String classes = browser.attribute(languageLink, "class");
    return classes != null && classes.contains("current");
  }
}
