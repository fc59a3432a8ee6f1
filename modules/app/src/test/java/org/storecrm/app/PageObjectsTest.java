package org.storecrm.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storecrm.app.RepositoryRoot.root;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The browser tests find elements through page objects: a JSF client id ({@code counterForm:lines},
 * a form's id, a colon, the element's) is written in {@code org.storecrm.it.screens}, one class per
 * screen, and in no other test source. Found: a string literal that starts with the id of a form of
 * some page and a colon; a piece of a row's id (a literal that starts with a colon and a name, e.g.
 * {@code ":revenue_input"}); a client id inside a By.id, By.cssSelector or [id=...] selector; and
 * any literal id handed straight to one of {@code Browser}'s element methods ({@code
 * browser.text("manager")}), form-qualified or not.
 */
class PageObjectsTest {
  private static final String IT = "modules/app/src/test/java/org/storecrm/it";
  private static final String SCREENS = IT + "/screens";

  private static final Pattern FORM_ID = Pattern.compile("<h:form\\b[^>]*?\\bid=\"([^\"]+)\"");
  private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(?s:.*?)\"\"\"");
  private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  private static final Pattern ROW_PIECE = Pattern.compile("^:[a-zA-Z][\\w-]*(:.*)?$");
  private static final Pattern SELECTOR =
      Pattern.compile(
          "(By\\.(id|cssSelector)\\(\\s*\"[^\"]*[a-zA-Z]:[a-zA-Z])|(\\[id=\\\\?['\"]?[\\w-]+:[a-zA-Z])");
  private static final Pattern BROWSER_ELEMENT_CALL =
      Pattern.compile(
          "browser\\.(attribute|present|type|tabTo|upload|click|waitFor|text|awaitText|awaitAbsentText"
              + "|select|choose|draw|displayed|pickDateTime|retype)\\(\\s*\"[^\"]*\"");

  @Test
  void noTestOutsideThePageObjectsWritesAClientId() throws IOException {
    Set<String> forms = formIds();
    assertThat(forms).as("forms of the screens").contains("counterForm", "loginForm");
    List<String> found = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(root().resolve(IT))) {
      for (Path source :
          sources
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.startsWith(root().resolve(SCREENS)))
              .sorted()
              .toList()) {
        for (String violation : violations(read(source), forms)) {
          found.add(root().relativize(source) + ": " + violation);
        }
      }
    }
    assertThat(found)
        .as("client ids outside org.storecrm.it.screens (add them to the screen's page object)")
        .isEmpty();
  }

  /** The probe: each kind of raw id is caught, and what is not an id is not. */
  @Test
  void theScanFindsEachKindOfRawClientId() {
    Set<String> forms = Set.of("counterForm", "targetsForm");
    assertThat(violations("browser.click(\"counterForm:submit\");", forms))
        .containsExactly("\"counterForm:submit\"");
    assertThat(
            violations(
                "browser.type(\"targetsForm:targets:\" + row + \":units_input\", \"4\");", forms))
        .containsExactly("\"targetsForm:targets:\"", "\":units_input\"");
    assertThat(violations("driver.findElement(By.id(\"someForm:name\"));", forms))
        .containsExactly("By.id(\"someForm:n");
    assertThat(
            violations(
                "script(\"return document.querySelector('[id=\\\"anyForm:rows\\\"]')\");", forms))
        .hasSize(1);
    assertThat(violations("assertThat(browser.text(\"manager\")).isEqualTo(name);", forms))
        .containsExactly("browser.text(\"manager\"");
    assertThat(violations("browser.waitFor(\"listForm\");", forms)).hasSize(1);
    assertThat(
            violations(
                """
                browser.login("manager", "demo");
                browser.awaitPageText("已转交给");
                counterScreen.lines().awaitText("a: b");
                List.of(":", "1:", ":1", "x:y", "jdbc:h2:file:", "Basic consultant:demo");
                String json = \"""
                    {"name":"x","type":"PERSON"}\""";
                """,
                forms))
        .isEmpty();
  }

  static List<String> violations(String source, Set<String> forms) {
    List<String> found = new ArrayList<>();
    String code = TEXT_BLOCK.matcher(source).replaceAll("\"\"");
    Matcher literal = STRING_LITERAL.matcher(code);
    while (literal.find()) {
      String text = literal.group(1);
      int colon = text.indexOf(':');
      boolean formPrefixed = colon > 0 && forms.contains(text.substring(0, colon));
      if (formPrefixed || ROW_PIECE.matcher(text).matches()) {
        found.add(literal.group());
      }
    }
    Matcher selector = SELECTOR.matcher(code);
    while (selector.find()) {
      if (found.stream().noneMatch(f -> selector.group().contains(f))) {
        found.add(selector.group());
      }
    }
    Matcher call = BROWSER_ELEMENT_CALL.matcher(code);
    while (call.find()) {
      if (found.stream().noneMatch(f -> call.group().contains(f))) {
        found.add(call.group());
      }
    }
    return found;
  }

  /** The ids of the forms of every page of every module. */
  private static Set<String> formIds() throws IOException {
    Set<String> forms = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root().resolve("modules"))) {
      for (Path page :
          files
              .filter(p -> p.toString().endsWith(".xhtml"))
              .filter(p -> p.toString().contains("/src/main/"))
              .toList()) {
        Matcher form = FORM_ID.matcher(read(page));
        while (form.find()) {
          forms.add(form.group(1));
        }
      }
    }
    return forms;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
