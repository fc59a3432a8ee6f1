package org.storecrm.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Entities hold their state (issue 16): no entity of any module has a public instance field, and
 * the entities of a module split by feature (sales, customers, the platform, accounts) keep every
 * instance field private, so another feature changes an order, a product, a card, a follow-up, an
 * invoice or a handover only through the entity's own methods.
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

  private static final ArchRule NO_PUBLIC_ENTITY_FIELDS =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(Entity.class)
          .and()
          .areNotStatic()
          .should()
          .notBePublic()
          .because("an entity changes its state through its own methods (issue 16)");

  /** Every instance field of the entities in {@code packages} is private. */
  private static ArchRule privateEntityFields(String packages) {
    return fields()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Entity.class)
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage(packages)
        .and()
        .areNotStatic()
        .should()
        .bePrivate()
        .because("the features are separate packages; the entity holds its state (issue 16)");
  }

  @Test
  void noEntityHasAPublicInstanceField() {
    NO_PUBLIC_ENTITY_FIELDS.check(classes);
  }

  /** The modules split by feature, with the fewest entities each must have (the size guard). */
  private static final Map<String, Integer> SPLIT_MODULES =
      Map.of("sales", 10, "customers", 16, "platform", 5, "accounts", 8);

  @Test
  void splitModulesEntitiesKeepEveryInstanceFieldPrivate() {
    SPLIT_MODULES.forEach(
        (module, entities) -> {
          String internal = "org.storecrm." + module + ".internal";
          assertThat(
                  classes.stream()
                      .filter(c -> c.isAnnotatedWith(Entity.class))
                      .filter(c -> c.getPackageName().startsWith(internal + ".")))
              .as("the %s entities the rule covers", module)
              .hasSizeGreaterThanOrEqualTo(entities);
          privateEntityFields(internal + "..").check(classes);
        });
  }

  /**
   * The rules fail on an entity with a public or package-private field (probes shaped like
   * bd34908's).
   */
  @Test
  void theRulesCatchAPublicEntityField() {
    JavaClasses probe = new ClassFileImporter().importClasses(PublicFieldProbe.class);
    assertThat(probe.get(PublicFieldProbe.class).getField("price").getModifiers())
        .contains(JavaModifier.PUBLIC);
    assertThatThrownBy(() -> NO_PUBLIC_ENTITY_FIELDS.check(probe))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("price");
    JavaClasses packagePrivate =
        new ClassFileImporter().importClasses(PackagePrivateFieldProbe.class);
    assertThatThrownBy(() -> privateEntityFields("org.storecrm.app..").check(packagePrivate))
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
