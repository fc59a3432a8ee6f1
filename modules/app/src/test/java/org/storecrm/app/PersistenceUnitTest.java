package org.storecrm.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one persistence unit lists every entity and converter of every module, and nothing else. */
class PersistenceUnitTest {
  @Test
  void listsEveryEntityAndConverter() throws Exception {
    Set<String> annotated = new TreeSet<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.storecrm")) {
      if (type.isAnnotatedWith(Entity.class)
          || type.isAnnotatedWith(Embeddable.class)
          || type.isAnnotatedWith(Converter.class)) {
        annotated.add(type.getName());
      }
    }
    Set<String> listed = new TreeSet<>();
    try (InputStream xml = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
      Matcher classes =
          Pattern.compile("<class>([^<]+)</class>").matcher(new String(xml.readAllBytes()));
      while (classes.find()) {
        listed.add(classes.group(1).trim());
      }
    }
    assertThat(annotated).as("entities and converters found").isNotEmpty();
    assertThat(listed).isEqualTo(annotated);
  }
}
