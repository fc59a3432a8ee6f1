package org.storecrm.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests that read the repository's files (sources, pages, settings) find them. */
final class RepositoryRoot {
  private RepositoryRoot() {}

  /** The repository's root: the first folder above the working directory that holds modules/. */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("modules"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no modules/ above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
