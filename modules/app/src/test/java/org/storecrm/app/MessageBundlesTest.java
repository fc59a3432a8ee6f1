package org.storecrm.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storecrm.app.RepositoryRoot.root;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every module's screens come in English and Simplified Chinese: each key of a module's {@code
 * messages.properties} (and of the validation messages) is in its {@code _zh_CN} translation and
 * the other way round, and no text is blank. Finds the bundles in the source tree, so a new module
 * is checked the day it is added.
 */
class MessageBundlesTest {

  @TestFactory
  Stream<DynamicTest> everyModuleSaysEverythingInBothLanguages() throws IOException {
    List<Path> english = englishBundles();
    assertThat(english).as("message bundles found under modules/").hasSizeGreaterThanOrEqualTo(4);
    return english.stream()
        .map(
            bundle ->
                DynamicTest.dynamicTest(
                    root().relativize(bundle).toString(), () -> bothLanguages(bundle)));
  }

  private static void bothLanguages(Path english) throws IOException {
    Path chinese = chinese(english);
    assertThat(chinese).as("the Chinese bundle beside " + english).exists();
    Properties en = load(english);
    Properties zh = load(chinese);
    assertThat(difference(en, zh)).as("keys missing from " + chinese.getFileName()).isEmpty();
    assertThat(difference(zh, en)).as("keys missing from " + english.getFileName()).isEmpty();
    assertThat(blank(en)).as("blank texts in " + english.getFileName()).isEmpty();
    assertThat(blank(zh)).as("blank texts in " + chinese.getFileName()).isEmpty();
  }

  private static Set<String> difference(Properties from, Properties to) {
    Set<String> missing = new TreeSet<>(from.stringPropertyNames());
    missing.removeAll(to.stringPropertyNames());
    return missing;
  }

  private static Set<String> blank(Properties bundle) {
    Set<String> blank = new TreeSet<>();
    bundle.stringPropertyNames().stream()
        .filter(key -> bundle.getProperty(key).isBlank())
        .forEach(blank::add);
    return blank;
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  private static List<Path> englishBundles() throws IOException {
    try (Stream<Path> files = Files.walk(root().resolve("modules"))) {
      return files
          .filter(file -> file.toString().contains("src" + java.io.File.separator + "main"))
          .filter(MessageBundlesTest::isEnglishBundle)
          .sorted()
          .toList();
    }
  }

  /** A module's screen texts, and any other bundle that has a Chinese translation beside it. */
  private static boolean isEnglishBundle(Path file) {
    String name = file.getFileName().toString();
    return name.equals("messages.properties")
        || (name.endsWith(".properties") && !name.contains("_") && Files.exists(chinese(file)));
  }

  private static Path chinese(Path english) {
    String name = english.getFileName().toString();
    return english.resolveSibling(name.replace(".properties", "_zh_CN.properties"));
  }
}
