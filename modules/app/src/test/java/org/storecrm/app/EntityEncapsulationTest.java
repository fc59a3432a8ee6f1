package org.storecrm.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Entities hold their state (issue 16): every instance field of every module's entities is private,
 * so another class changes an order, a card, a follow-up, a store, a gift pack, a service request
 * or an invoice only through the entity's own methods, where its rules live.
 */
class EntityEncapsulationTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.storecrm");
  }

  private static final ArchRule PRIVATE_ENTITY_FIELDS =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(Entity.class)
          .and()
          .areNotStatic()
          .should()
          .bePrivate()
          .because("an entity holds its state and changes it through its own methods (issue 16)");

  /** The fewest entities each module must have, so that a rule that matches nothing fails. */
  private static final Map<String, Integer> ENTITIES_PER_MODULE =
      Map.of(
          "platform", 5, "customers", 16, "sales", 10, "bundles", 2, "services", 5, "accounts", 8);

  @Test
  void everyEntityKeepsEveryInstanceFieldPrivate() {
    ENTITIES_PER_MODULE.forEach(
        (module, entities) ->
            assertThat(
                    classes.stream()
                        .filter(c -> c.isAnnotatedWith(Entity.class))
                        .filter(c -> c.getPackageName().startsWith("org.storecrm." + module + ".")))
                .as("the %s entities the rule covers", module)
                .hasSizeGreaterThanOrEqualTo(entities));
    PRIVATE_ENTITY_FIELDS.check(classes);
  }

  /** The rule fails on an entity with a public or a package-private field. */
  @Test
  void theRuleCatchesAPublicOrPackagePrivateEntityField() {
    assertThatThrownBy(
            () ->
                PRIVATE_ENTITY_FIELDS.check(
                    new ClassFileImporter().importClasses(PublicFieldProbe.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("price");
    assertThatThrownBy(
            () ->
                PRIVATE_ENTITY_FIELDS.check(
                    new ClassFileImporter().importClasses(PackagePrivateFieldProbe.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("status");
  }

  @Entity
  static class PublicFieldProbe {
    public java.math.BigDecimal price;
  }

  @Entity
  static class PackagePrivateFieldProbe {
    String status;
  }
}
