package org.storecrm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's Flyway versions are unique per database: Flyway reads db/migration/<module> together
 * with <module>-h2 or <module>-postgresql, and one version in both stops the application at
 * start-up on that database only (a V15 in customers once collided with customers-postgresql's V15,
 * which only a PostgreSQL start showed).
 */
class MigrationVersionsTest {
  private static final List<String> MODULES =
      List.of("platform", "customers", "sales", "bundles", "services", "accounts");

  @Test
  void everyModuleHasUniqueVersionsOnEachDatabase() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(root.resolve("modules"))) {
      root = root.getParent();
    }
    int read = 0;
    for (String module : MODULES) {
      Path migrations = root.resolve("modules/" + module + "/src/main/resources/db/migration");
      for (String dialect : List.of("h2", "postgresql")) {
        List<String> files = new ArrayList<>(files(migrations.resolve(module)));
        files.addAll(files(migrations.resolve(module + "-" + dialect)));
        read += files.size();
        assertThat(sharedVersions(files)).as("%s on %s", module, dialect).isEmpty();
      }
    }
    assertThat(read).as("migrations read").isGreaterThan(40);
  }

  @Test
  void aVersionInTheCommonAndTheDialectFolderIsFound() {
    assertThat(
            sharedVersions(
                List.of("V15__planned_contact.sql", "V15__name_part_index.sql", "V2__x.sql")))
        .containsExactly("V15");
  }

  private static List<String> sharedVersions(List<String> files) {
    return files.stream()
        .map(name -> name.substring(0, name.indexOf("__")))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
        .entrySet()
        .stream()
        .filter(version -> version.getValue() > 1)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  private static List<String> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("V")).toList();
    }
  }
}
