package org.storecrm.it;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.storecrm.it.screens.LoginScreen;
import org.storecrm.it.screens.TopBar;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver, one per test class. Finds
 * elements by the ids the screens give them.
 */
public final class Browser implements AutoCloseable {
  static final String CHROMIUM = System.getProperty("storecrm.it.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER =
      System.getProperty("storecrm.it.chromedriver", "/usr/bin/chromedriver");

  private static final String CSP_VIOLATIONS = "storecrm.cspViolations";
  private static final String CSP_PROBE =
      "document.addEventListener('securitypolicyviolation', function (e) {"
          + " var seen = JSON.parse(sessionStorage.getItem('"
          + CSP_VIOLATIONS
          + "') || '[]');"
          + " seen.push(e.violatedDirective + ' blocked ' + (e.blockedURI || '') + ' in '"
          + " + (e.sourceFile || location.pathname) + ':' + e.lineNumber + ' ' + (e.sample || ''));"
          + " sessionStorage.setItem('"
          + CSP_VIOLATIONS
          + "', JSON.stringify(seen)); });";

  private final URI base;
  private final WebDriver driver;
  private final WebDriverWait wait;
  private final java.nio.file.Path downloads;

  Browser(URI base) throws Exception {
    this.base = base;
    File profile = Files.createTempDirectory("chromium-profile").toFile();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=en-US",
        "--window-size=1280,900",
        "--user-data-dir=" + profile.getAbsolutePath());
    downloads = Files.createTempDirectory("chromium-downloads");
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "intl.accept_languages",
            "en-US,en",
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    // Before any script of every page: record each Content-Security-Policy violation in the tab's
    // session storage, which outlives the page's navigations, for afterEach to check.
    chrome.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", CSP_PROBE));
    driver = chrome;
    // Generous: a CI machine may be busy; a wait ends as soon as its condition holds.
    wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    // Ajax updates replace elements between finding and using them: find them again.
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  /**
   * Waits for the condition. Chrome reports an element replaced by a navigation in the middle of a
   * read as "does not belong to the document" rather than as a stale element: not yet, too.
   */
  private <T> T until(java.util.function.Function<? super WebDriver, T> condition) {
    return wait.until(
        d -> {
          try {
            return condition.apply(d);
          } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null
                && e.getMessage().contains("does not belong to the document")) {
              return null;
            }
            throw e;
          }
        });
  }

  /**
   * Sends X-Forwarded-For with every request from now on, so that the browser counts as another
   * client address (the test server trusts the header); {@code null} stops it.
   */
  public void forwardedFor(String address) {
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand("Network.enable", java.util.Map.of());
    chrome.executeCdpCommand(
        "Network.setExtraHTTPHeaders",
        java.util.Map.of(
            "headers",
            address == null ? java.util.Map.of() : java.util.Map.of("X-Forwarded-For", address)));
  }

  public void open(String path) {
    driver.get(base.resolve(path).toString());
  }

  /**
   * Signs in and waits for the answer (the application's top bar, or the login form's message), so
   * that the next navigation cannot cut the login's request short.
   */
  public void login(String username, String password) {
    open("login.xhtml");
    type(LoginScreen.USERNAME, username);
    type(LoginScreen.PASSWORD, password);
    click(LoginScreen.LOGIN);
    until(
        d ->
            !d.findElements(By.id(TopBar.LOGOUT)).isEmpty()
                || d.findElements(By.id(LoginScreen.MESSAGES)).stream()
                    .anyMatch(messages -> !messages.getText().isBlank()));
  }

  /** The addresses of the links inside an element, in page order, e.g. the side menu's entries. */
  public java.util.List<String> links(String containerId) {
    return until(
        d ->
            d.findElement(By.id(containerId)).findElements(By.cssSelector("a[href]")).stream()
                .map(link -> link.getAttribute("href"))
                .filter(href -> href != null && !href.endsWith("#"))
                .distinct()
                .toList());
  }

  /** An attribute of an element (e.g. its class), or null when it has none. */
  public String attribute(String id, String name) {
    return waitFor(id).getAttribute(name);
  }

  /** Waits until one of these elements is on the page; answers the first one's id. */
  public String awaitAny(String... ids) {
    return until(
        d -> {
          for (String id : ids) {
            if (!d.findElements(By.id(id)).isEmpty()) {
              return id;
            }
          }
          return null;
        });
  }

  /** Whether an element with this id is on the page now (no waiting). */
  public boolean present(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  public void logout() {
    click(TopBar.LOGOUT);
    waitFor(LoginScreen.USERNAME);
  }

  public void type(String id, String text) {
    until(
        d -> {
          WebElement input = ExpectedConditions.visibilityOfElementLocated(By.id(id)).apply(d);
          if (input == null) {
            return false;
          }
          input.clear();
          input.sendKeys(text);
          return true;
        });
  }

  /**
   * Keys pressed as a keyboard-only user would: into whatever element has the focus (use {@link
   * org.openqa.selenium.Keys} for Tab and Enter). Waits for the focus to be on {@code expectedId}.
   */
  public void keys(String expectedId, CharSequence... keys) {
    until(
        d -> {
          WebElement focused = d.switchTo().activeElement();
          return focused != null && expectedId.equals(focused.getAttribute("id"));
        });
    driver.switchTo().activeElement().sendKeys(keys);
  }

  /** Presses Tab, as a keyboard-only user does, until the focus is on {@code id} (at most 10). */
  public void tabTo(String id) {
    for (int i = 0; i < 10; i++) {
      WebElement focused = driver.switchTo().activeElement();
      if (id.equals(focused.getAttribute("id"))) {
        return;
      }
      focused.sendKeys(org.openqa.selenium.Keys.TAB);
    }
    throw new AssertionError(
        "Tab did not reach "
            + id
            + "; focus on "
            + driver.switchTo().activeElement().getAttribute("id"));
  }

  /**
   * Hands a file to a file input, as choosing it in the file dialog would (PrimeFaces' upload
   * button keeps its input invisible, so this waits for its presence, not its visibility).
   */
  public void upload(String id, java.nio.file.Path file) {
    until(
        d -> {
          WebElement input = ExpectedConditions.presenceOfElementLocated(By.id(id)).apply(d);
          if (input == null) {
            return false;
          }
          input.sendKeys(file.toAbsolutePath().toString());
          return true;
        });
  }

  public void click(String id) {
    until(
        d -> {
          WebElement element = ExpectedConditions.elementToBeClickable(By.id(id)).apply(d);
          if (element == null) {
            return false;
          }
          element.click();
          return true;
        });
  }

  /**
   * Clicks the label of an input (PrimeFaces radio buttons and check boxes hide the input itself
   * and show a styled box with a label).
   */
  public void clickLabel(String inputId) {
    until(
        d -> {
          WebElement label =
              ExpectedConditions.elementToBeClickable(
                      By.cssSelector("label[for='" + inputId + "']"))
                  .apply(d);
          if (label == null) {
            return false;
          }
          label.click();
          return true;
        });
  }

  /** Clicks the link that shows exactly this text (a row of a list, whatever its position). */
  public void clickLink(String text) {
    until(
        d -> {
          WebElement link = ExpectedConditions.elementToBeClickable(By.linkText(text)).apply(d);
          if (link == null) {
            return false;
          }
          link.click();
          return true;
        });
  }

  public WebElement waitFor(String id) {
    return until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  public String text(String id) {
    return until(
        d -> {
          WebElement element = ExpectedConditions.visibilityOfElementLocated(By.id(id)).apply(d);
          return element == null ? null : element.getText();
        });
  }

  /** Waits until the element shows the text (after an Ajax update or a navigation). */
  public void awaitText(String id, String text) {
    try {
      until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    } catch (org.openqa.selenium.TimeoutException e) {
      // Say what the page showed instead: a CI log is all there is to go on.
      throw new AssertionError(
          "'"
              + text
              + "' never appeared in #"
              + id
              + " on "
              + driver.getCurrentUrl()
              + "; the page showed:\n"
              + pageText(),
          e);
    }
  }

  /** Waits until the element no longer shows the text (a filter took effect). */
  public void awaitAbsentText(String id, String text) {
    until(
        ExpectedConditions.not(
            ExpectedConditions.textToBePresentInElementLocated(By.id(id), text)));
  }

  /**
   * Picks an option of a PrimeFaces select menu by its label, through the widget's own API (the
   * pop-up's markup is the widget's business, not the test's).
   */
  public void select(String id, String label) {
    awaitWidget(id);
    Object picked =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "const option = Array.from(document.getElementById(arguments[0] + '_input').options)"
                    + ".find(o => o.text.trim() === arguments[1]);"
                    + "if (!option) { return false; }"
                    + "const menu = PrimeFaces.getWidgetById(arguments[0]);"
                    // selectValue is silent: fire the change a user's pick fires (Ajax listeners).
                    + "menu.selectValue(option.value); menu.triggerChange();"
                    + "return true;",
                id,
                label);
    if (!Boolean.TRUE.equals(picked)) {
      throw new IllegalArgumentException("No option '" + label + "' in " + id);
    }
  }

  /** Clicks the button of a PrimeFaces selectOneButton that shows this label (one click). */
  public void choose(String id, String label) {
    until(
        d -> {
          for (WebElement button : d.findElements(By.cssSelector("[id='" + id + "'] .ui-button"))) {
            if (button.isDisplayed() && button.getText().trim().equals(label)) {
              button.click();
              return true;
            }
          }
          return false;
        });
  }

  /** Sets the window's size, e.g. a phone's 390 × 844. */
  public void resize(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
  }

  /** Runs a script in the page and answers its value. */
  public Object script(String script, Object... arguments) {
    return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Draws a stroke on the canvas inside the element (a signature), as a finger or mouse would. */
  public void draw(String id) {
    WebElement canvas = until(d -> d.findElement(By.cssSelector("[id='" + id + "'] canvas")));
    new org.openqa.selenium.interactions.Actions(driver)
        .moveToElement(canvas, -60, 10)
        .clickAndHold()
        .moveByOffset(30, -20)
        .moveByOffset(30, 25)
        .moveByOffset(40, -15)
        .release()
        .perform();
  }

  /** Whether the element is shown (present and displayed). */
  public boolean displayed(String id) {
    return driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
  }

  /** Opens a collapsed PrimeFaces fieldset, as a click on its legend would. */
  public void expand(String fieldsetId) {
    awaitWidget(fieldsetId);
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "const fieldset = PrimeFaces.getWidgetById(arguments[0]);"
                + "if (fieldset.content.is(':hidden')) { fieldset.toggle(); }",
            fieldsetId);
  }

  /** Sets a PrimeFaces date picker through its widget, as a pick in its calendar would. */
  public void pickDateTime(String id, java.time.LocalDateTime at) {
    awaitWidget(id);
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "const picker = PrimeFaces.getWidgetById(arguments[0]);"
                + "picker.setDate(new Date(arguments[1], arguments[2] - 1, arguments[3], arguments[4], arguments[5]));"
                + "picker.jq.datePicker('hideOverlay');",
            id,
            at.getYear(),
            at.getMonthValue(),
            at.getDayOfMonth(),
            at.getHour(),
            at.getMinute());
  }

  /**
   * Replaces what an input holds the way a person does, selecting it all and typing over it: a
   * PrimeFaces number input formats its value and ignores a script's clearing.
   */
  public void retype(String id, String text) {
    until(
        d -> {
          WebElement input = ExpectedConditions.elementToBeClickable(By.id(id)).apply(d);
          if (input == null) {
            return false;
          }
          input.click();
          input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
          input.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
          input.sendKeys(text);
          return true;
        });
  }

  /**
   * Waits until the element is shown and its PrimeFaces widget exists: widgets are created by
   * scripts that may run after the markup is visible, and after every Ajax update anew.
   */
  private void awaitWidget(String id) {
    waitFor(id);
    until(
        d ->
            Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "return !!(window.PrimeFaces && PrimeFaces.getWidgetById(arguments[0]));",
                        id)));
  }

  /**
   * What a click on the button would post with its form, as it is filled in now: to be sent again
   * with {@link #resend} after the click, as a double click or a browser's "resend" does.
   */
  @SuppressWarnings("unchecked")
  public java.util.List<Object> formPost(String formId, String buttonId) {
    waitFor(buttonId);
    return (java.util.List<Object>)
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "const form = document.getElementById(arguments[0]);"
                    + "const data = new FormData(form, document.getElementById(arguments[1]));"
                    + "return [form.action, Array.from(data.entries()).map(e => [e[0], String(e[1])])];",
                formId,
                buttonId);
  }

  /**
   * Posts a {@link #formPost} again in this browser's session; answers the page it got back (or
   * "HTTP " and the status when that was not a success).
   */
  public String resend(java.util.List<Object> post) {
    return (String)
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {method: 'POST', credentials: 'same-origin',"
                    + " body: new URLSearchParams(arguments[1])})"
                    + ".then(r => r.ok ? r.text().then(done) : done('HTTP ' + r.status),"
                    + " e => done('failed: ' + e));",
                post.get(0),
                post.get(1));
  }

  /** Waits until the page shows the text anywhere (a growl, a message, a table). */
  public void awaitPageText(String text) {
    until(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Waits for a finished download whose name ends with {@code suffix}; returns its bytes. */
  public byte[] awaitDownload(String suffix) {
    return until(
        d -> {
          try (var files = Files.list(downloads)) {
            java.nio.file.Path done =
                files
                    .filter(f -> f.getFileName().toString().endsWith(suffix))
                    .findFirst()
                    .orElse(null);
            return done == null ? null : Files.readAllBytes(done);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  public String sessionCookie() {
    var cookie = driver.manage().getCookieNamed("JSESSIONID");
    return cookie == null ? null : cookie.getValue();
  }

  public String currentPath() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  @Override
  public void close() {
    driver.quit();
  }

  /**
   * Prints where the browser stood when a test failed: a CI log is all there is to go on, and a
   * rerun may pass.
   */
  void report(ExtensionContext context, Throwable failure) {
    try {
      System.out.printf(
          "%n=== %s failed (%s) at %s; the page showed:%n%s%n===%n",
          context.getDisplayName(), failure, driver.getCurrentUrl(), pageText());
    } catch (RuntimeException unreachable) {
      System.out.println("=== the browser could not report its page: " + unreachable);
    }
  }

  /**
   * The Content-Security-Policy violations the pages of this tab reported since the last call (the
   * probe installed on every new document records them), and forgets them.
   */
  @SuppressWarnings("unchecked")
  public java.util.List<String> takeCspViolations() {
    Object seen;
    try {
      seen =
          ((org.openqa.selenium.JavascriptExecutor) driver)
              .executeScript(
                  "var seen = JSON.parse(sessionStorage.getItem(arguments[0]) || '[]');"
                      + " sessionStorage.removeItem(arguments[0]); return seen;",
                  CSP_VIOLATIONS);
    } catch (org.openqa.selenium.JavascriptException noStorage) {
      return java.util.List.of(); // a page without session storage (a download, about:blank)
    }
    return seen == null ? java.util.List.of() : (java.util.List<String>) seen;
  }

  /**
   * Adds an inline script without the page's nonce, as an injected template mistake would: the
   * policy must block it (the script would set a flag) and the probe must report it.
   */
  public boolean inlineScriptRuns() {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(
        "var s = document.createElement('script'); s.textContent = 'window.storecrmInline = true';"
            + " document.head.appendChild(s);");
    return Boolean.TRUE.equals(js.executeScript("return window.storecrmInline === true;"));
  }

  /** Signs out if a test left a session, so that each test starts at the login page. */
  public void signOut() {
    open("index.xhtml");
    if (!currentPath().endsWith("/login.xhtml")) {
      logout();
    }
  }

  /**
   * Opens one browser for a test class, signs out after each test and closes the browser after the
   * class; skips without Chromium on a developer's machine.
   */
  public static class PerClass
      implements BeforeAllCallback,
          org.junit.jupiter.api.extension.AfterEachCallback,
          AfterAllCallback,
          ParameterResolver {
    @Override
    public void afterEach(ExtensionContext context) {
      Browser browser =
          context
              .getParent()
              .orElseThrow()
              .getStore(ExtensionContext.Namespace.create(Browser.class))
              .get("browser", Browser.class);
      if (browser != null) {
        context.getExecutionException().ifPresent(failure -> browser.report(context, failure));
        java.util.List<String> violations = browser.takeCspViolations();
        browser.signOut();
        violations = new java.util.ArrayList<>(violations);
        violations.addAll(browser.takeCspViolations());
        // A screen whose script the policy blocks is broken even when the test's checks passed.
        if (!violations.isEmpty() && context.getExecutionException().isEmpty()) {
          throw new AssertionError(
              "Content-Security-Policy violations during "
                  + context.getDisplayName()
                  + ": "
                  + violations);
        }
      }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
      if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
        RequiresDatabase.Prerequisites.missing(
            "browser",
            CHROMIUM + " and " + CHROMEDRIVER + " (Debian packages chromium, chromium-driver)");
      }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      URI base = (URI) new RunningStoreCrm().resolveParameter(parameter, context);
      return context
          .getStore(ExtensionContext.Namespace.create(Browser.class))
          .getOrComputeIfAbsent(
              "browser",
              key -> {
                try {
                  return new Browser(base);
                } catch (Exception e) {
                  throw new IllegalStateException("Could not start Chromium", e);
                }
              },
              Browser.class);
    }

    @Override
    public void afterAll(ExtensionContext context) {
      Browser browser =
          context
              .getStore(ExtensionContext.Namespace.create(Browser.class))
              .remove("browser", Browser.class);
      if (browser != null) {
        browser.close();
      }
    }
  }
}
