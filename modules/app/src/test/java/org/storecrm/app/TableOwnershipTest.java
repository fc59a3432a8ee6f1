package org.storecrm.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storecrm.app.RepositoryRoot.root;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's tables are its own: SQL in one module's sources never names another module's table
 * (found by its prefix in db/migration); it asks that module's API instead.
 */
class TableOwnershipTest {
  /** Each module's table prefix, as its Flyway migrations create them. */
  private static final Map<String, String> PREFIXES =
      Map.of(
          "platform", "plt_",
          "customers", "cus_",
          "sales", "sal_",
          "bundles", "bun_",
          "services", "svc_",
          "accounts", "acc_");

  private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern NAME = Pattern.compile("\\b[a-z]+_[a-z0-9_]+\\b");

  /**
   * Crossings found in services and accounts (written in parallel) that still wait for an API of
   * the owning module: listed one by one so that no new one slips in, and each entry must still
   * exist (delete it when its crossing is gone).
   */
  private static final List<String> KNOWN_CROSSINGS =
      List.of(
          "modules/services/src/main/java/org/storecrm/services/internal/contracts/PlansDemoData.java: sal_product",
          "modules/accounts/src/main/java/org/storecrm/accounts/internal/receivables/AgingQuery.java: plt_store",
          "modules/accounts/src/main/java/org/storecrm/accounts/internal/StaffLookup.java: plt_user");

  @Test
  void everyTableCarriesItsModulesPrefix() throws IOException {
    for (var module : PREFIXES.entrySet()) {
      List<String> created = tablesOf(module.getKey());
      assertThat(created).as(module.getKey() + " creates tables").isNotEmpty();
      assertThat(created)
          .as("tables of " + module.getKey())
          .allMatch(table -> table.startsWith(module.getValue()));
    }
  }

  /** The tables a module's Flyway migrations create. */
  private static List<String> tablesOf(String module) throws IOException {
    Path migrations = root().resolve("modules/" + module + "/src/main/resources/db/migration");
    try (Stream<Path> files = Files.walk(migrations)) {
      return files
          .filter(file -> file.toString().endsWith(".sql"))
          .flatMap(TableOwnershipTest::lines)
          .map(line -> line.trim().toLowerCase())
          .filter(line -> line.startsWith("create table "))
          .map(line -> line.substring("create table ".length()).split("[\\s(]")[0])
          .toList();
    }
  }

  private static List<String> allTables() throws IOException {
    List<String> tables = new ArrayList<>();
    for (String module : PREFIXES.keySet()) {
      tables.addAll(tablesOf(module));
    }
    return tables;
  }

  @Test
  void noModuleNamesAnotherModulesTableInItsSql() throws IOException {
    List<String> tables = allTables();
    List<String> crossings = new ArrayList<>();
    for (String module : PREFIXES.keySet()) {
      Path sources = root().resolve("modules/" + module + "/src/main/java");
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          crossings.addAll(
              foreignTables(module, Files.readString(file, StandardCharsets.UTF_8), tables).stream()
                  .map(table -> root().relativize(file) + ": " + table)
                  .toList());
        }
      }
    }
    assertThat(KNOWN_CROSSINGS).as("listed crossings that are gone").isSubsetOf(crossings);
    crossings.removeAll(KNOWN_CROSSINGS);
    assertThat(crossings).as("SQL naming another module's tables").isEmpty();
  }

  /**
   * The scan must see a foreign table in a concatenated native query, and allow the module's own.
   */
  @Test
  void theScanCatchesAJoinOnAnotherModulesTable() throws IOException {
    List<String> tables = allTables();
    String source =
        "rows(\"SELECT u.id, COUNT(*) FROM cus_contact c\"\n"
            + "    + \" JOIN plt_user u ON u.username = c.recorded_by\");";
    assertThat(foreignTables("customers", source, tables)).containsExactly("plt_user");
    assertThat(foreignTables("platform", source, tables)).containsExactly("cus_contact");
    assertThat(foreignTables("sales", "// a comment on plt_user, no SQL\n", tables)).isEmpty();
    assertThat(foreignTables("sales", "\"SUM(x) AS acc_units\"", tables)).isEmpty();
  }

  /** The other modules' table names in the string literals of one source file of this module. */
  static List<String> foreignTables(String module, String source, List<String> tables) {
    String own = PREFIXES.get(module);
    List<String> found = new ArrayList<>();
    Matcher literal = STRING_LITERAL.matcher(source);
    while (literal.find()) {
      Matcher table = NAME.matcher(literal.group(1));
      while (table.find()) {
        if (tables.contains(table.group()) && !table.group().startsWith(own)) {
          found.add(table.group());
        }
      }
    }
    return found;
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
