package org.storecrm.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storecrm.app.RepositoryRoot.root;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One place for every setting: each key the code reads is in config/microprofile-config.properties
 * (set, or as a commented {@code # key=} line when it has no default, like a password), and each
 * key there is read by some code ({@code mp.*} keys are Payara's own and not checked).
 */
class SettingsFileTest {
  /**
   * How code names a setting it reads: {@code @ConfigProperty(name = "…")}, {@code
   * getValue("…")}/{@code getOptionalValue("…")}, a {@code KEY = "…"} or {@code …_KEY = "…"}
   * constant handed to them, or {@code ${MPCONFIG=…}} in an annotation (other {@code storecrm.}
   * strings are attribute and metric names).
   */
  private static final Pattern KEY_LITERAL =
      Pattern.compile(
          "(?:name\\s*=\\s*|Value\\(\\s*|KEY\\s*=\\s*)\"(storecrm\\.[A-Za-z0-9.\\-]+)\""
              + "|MPCONFIG=(storecrm\\.[A-Za-z0-9.\\-]+)");

  /**
   * A default written in code beside the file's: {@code @ConfigProperty(name=…, defaultValue=…)}.
   */
  private static final Pattern CODE_DEFAULT =
      Pattern.compile("name\\s*=\\s*\"(storecrm\\.[A-Za-z0-9.\\-]+)\"\\s*,\\s*defaultValue\\s*=");

  private static final Pattern SET = Pattern.compile("^(storecrm\\.[^=\\s]+)\\s*=.*");
  private static final Pattern PLACEHOLDER = Pattern.compile("^#\\s*(storecrm\\.[^=\\s]+)\\s*=.*");

  @Test
  void everyKeyInTheFileIsReadAndEveryKeyReadIsInTheFile() throws IOException {
    List<String> file = Files.readAllLines(root().resolve("config/microprofile-config.properties"));
    Set<String> read = keysReadBy(mainSources());
    assertThat(unread(file, read)).as("keys in the file that no code reads").isEmpty();
    assertThat(missing(file, read)).as("keys the code reads that the file lacks").isEmpty();
  }

  /** Each default is written once, in the file: a second one in code would drift from it. */
  @Test
  void noDefaultOfTheFileIsWrittenAgainInCode() throws IOException {
    List<String> file = Files.readAllLines(root().resolve("config/microprofile-config.properties"));
    assertThat(defaultsInCode(file, mainSources()))
        .as("keys with a defaultValue in code and a value in the file")
        .isEmpty();
    assertThat(
            defaultsInCode(
                List.of("storecrm.zone=Asia/Shanghai", "storecrm.db.user=storecrm"),
                "@ConfigProperty(name = \"storecrm.zone\", defaultValue = \"UTC\") String zone;\n"
                    + "@ConfigProperty(name = \"storecrm.db.user\") String user;"))
        .as("the check itself")
        .containsExactly("storecrm.zone");
  }

  static Set<String> defaultsInCode(List<String> file, String sources) {
    Set<String> twice = new TreeSet<>();
    Matcher withDefault = CODE_DEFAULT.matcher(sources);
    while (withDefault.find()) {
      twice.add(withDefault.group(1));
    }
    twice.retainAll(keys(file, SET));
    return twice;
  }

  /** docs/operations.md's settings table names every key of the file, so none is undocumented. */
  @Test
  void everyKeyInTheFileIsDocumentedInOperations() throws IOException {
    List<String> file = Files.readAllLines(root().resolve("config/microprofile-config.properties"));
    String operations =
        Files.readString(root().resolve("docs/operations.md"), StandardCharsets.UTF_8);
    assertThat(undocumented(file, operations))
        .as("keys of config/microprofile-config.properties missing from docs/operations.md")
        .isEmpty();
    assertThat(
            undocumented(
                List.of("storecrm.zone=UTC", "# storecrm.new.key="), "| `storecrm.zone` |"))
        .as("the check itself")
        .containsExactly("storecrm.new.key");
  }

  static Set<String> undocumented(List<String> file, String documentation) {
    Set<String> keys = new TreeSet<>(keys(file, SET));
    keys.addAll(keys(file, PLACEHOLDER));
    keys.removeIf(key -> documentation.contains("`" + key + "`"));
    return keys;
  }

  /** The checks must catch a stale key and a key read without a default in the file. */
  @Test
  void theChecksCatchAStaleKeyAndAMissingOne() {
    List<String> file =
        List.of(
            "storecrm.satisfaction.recovery-below=4",
            "storecrm.followup.cadence-days.H=2",
            "storecrm.followup.sweep-attempts=3",
            "# storecrm.admin.initial-password=");
    Set<String> read =
        keysReadBy(
            "@ConfigProperty(name = \"storecrm.customers.recovery-below\") int below;\n"
                + "config.getValue(\"storecrm.followup.cadence-days.\" + grade);\n"
                + "@ConfigProperty(name = \"storecrm.admin.initial-password\") String password;\n"
                + "static final String SWEEP_ATTEMPTS_KEY = \"storecrm.followup.sweep-attempts\";\n"
                + "request.setAttribute(\"storecrm.caller\", caller);");
    assertThat(unread(file, read)).containsExactly("storecrm.satisfaction.recovery-below");
    assertThat(missing(file, read)).containsExactly("storecrm.customers.recovery-below");
  }

  /** Keys named in string literals; a literal ending in a dot is a prefix (per-grade cadences). */
  static Set<String> keysReadBy(String sources) {
    Set<String> read = new TreeSet<>();
    Matcher literal = KEY_LITERAL.matcher(sources);
    while (literal.find()) {
      read.add(literal.group(1) != null ? literal.group(1) : literal.group(2));
    }
    return read;
  }

  static Set<String> unread(List<String> file, Set<String> read) {
    Set<String> unread = new TreeSet<>(keys(file, SET));
    unread.removeIf(
        key ->
            read.contains(key)
                || read.stream().anyMatch(r -> r.endsWith(".") && key.startsWith(r)));
    return unread;
  }

  static Set<String> missing(List<String> file, Set<String> read) {
    Set<String> missing = new TreeSet<>(read);
    missing.removeIf(key -> key.endsWith("."));
    missing.removeAll(keys(file, SET));
    missing.removeAll(keys(file, PLACEHOLDER));
    return missing;
  }

  private static Set<String> keys(List<String> file, Pattern pattern) {
    Set<String> keys = new TreeSet<>();
    for (String line : file) {
      Matcher key = pattern.matcher(line.trim());
      if (key.matches()) {
        keys.add(key.group(1));
      }
    }
    return keys;
  }

  private static String mainSources() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(root().resolve("modules"))) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> f.toString().contains("/src/main/java/"))
              .filter(f -> !f.toString().contains("/modules/contract/"))
              .toList()) {
        all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
      }
    }
    return all.toString();
  }
}
