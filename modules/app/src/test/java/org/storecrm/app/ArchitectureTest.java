package org.storecrm.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules: a module reaches another only through its top-level API package, and
 * dependencies point one way: platform ← customers ← sales ← {bundles, services, accounts} ← app.
 */
class ArchitectureTest {
  private static final List<String> MODULES =
      List.of("platform", "customers", "sales", "bundles", "services", "accounts", "app");
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.storecrm");
  }

  /**
   * The rules below allow an empty selection (services and accounts have no classes yet), so they
   * would pass on an empty import: make sure every implemented module's classes are there.
   */
  @Test
  void theImportHoldsEveryImplementedModule() {
    assertThat(classes.size()).isGreaterThan(100);
    for (String expected :
        List.of(
            "org.storecrm.platform.internal.staff.StaffService",
            "org.storecrm.platform.web.HomePage",
            "org.storecrm.customers.internal.followups.AppointmentService",
            "org.storecrm.sales.internal.checkout.CheckoutService",
            "org.storecrm.bundles.internal.BundlesAdvisor",
            "org.storecrm.app.StoreCrmApi")) {
      assertThat(classes.contain(expected)).as("%s is imported", expected).isTrue();
    }
  }

  /**
   * The packages another module may use: every module's top-level package, and the platform's
   * shared screen and REST helpers, declared as API in their own packages. A module's {@code
   * .internal}, {@code .web} and {@code .rest} packages are its own.
   */
  private static final Map<String, List<String>> DECLARED_API_PACKAGES =
      Map.of(
          "platform",
          List.of(
              "org.storecrm.platform",
              "org.storecrm.platform.web.api",
              "org.storecrm.platform.rest.api"));

  @Test
  void aModuleUsesOnlyTheApiPackagesOfAnother() {
    for (String module : MODULES) {
      crossBoundaryRule(module).check(classes);
    }
  }

  /**
   * The probe in bundles imports sales' {@code CounterPage} and customers' {@code
   * CustomersResource}: both rules must reject it, or the boundary is not enforced.
   */
  @Test
  void theBoundaryRuleCatchesAScreenAndAResourceOfAnotherModule() {
    JavaClasses probe =
        new ClassFileImporter().importPackages("org.storecrm.bundles.probe.crossboundary");
    assertThat(probe.contain("org.storecrm.bundles.probe.crossboundary.ProbeAttachReport"))
        .isTrue();
    assertThatThrownBy(() -> crossBoundaryRule("sales").check(probe))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("org.storecrm.sales.web.CounterPage");
    assertThatThrownBy(() -> crossBoundaryRule("customers").check(probe))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("org.storecrm.customers.rest.CustomersResource");
  }

  private static ArchRule crossBoundaryRule(String module) {
    List<String> allowed = new ArrayList<>(DECLARED_API_PACKAGES.getOrDefault(module, List.of()));
    allowed.add("org.storecrm." + module);
    return noClasses()
        .that()
        .resideOutsideOfPackage("org.storecrm." + module + "..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.storecrm." + module + "..")
                .and(DescribedPredicate.not(resideInAnyPackage(allowed.toArray(String[]::new))))
                .as("are in " + module + " outside its API packages " + allowed))
        .allowEmptyShould(true)
        .because("a module reaches another only through that module's API packages");
  }

  @Test
  void dependenciesPointOneWay() {
    forbid("platform", "customers", "sales", "bundles", "services", "accounts", "app");
    forbid("customers", "sales", "bundles", "services", "accounts", "app");
    forbid("sales", "bundles", "services", "accounts", "app");
    forbid("bundles", "services", "accounts", "app");
    forbid("services", "bundles", "accounts", "app");
    forbid("accounts", "bundles", "services", "app");
  }

  @Test
  void modulesAreFreeOfCycles() {
    slices()
        .matching("org.storecrm.(*)..")
        .should()
        .beFreeOfCycles()
        .allowEmptyShould(true)
        .check(classes);
  }

  private static void forbid(String module, String... above) {
    for (String other : above) {
      noClasses()
          .that()
          .resideInAPackage("org.storecrm." + module + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.storecrm." + other + "..")
          .allowEmptyShould(true)
          .because(module + " must not depend on " + other)
          .check(classes);
    }
  }

  // --- issue 16: calls and events (the publisher owns its events) ---

  /**
   * A module publishes only the events its own packages declare: an {@code Event<T>} injected in
   * module M fires a T of M. A module that needs another to do something now calls that module's
   * API instead (as sales calls customers' {@code CustomerPurchases}); see docs/architecture.md,
   * "Calls and events".
   */
  @Test
  void aModuleFiresOnlyItsOwnEvents() {
    EVENTS_ARE_FIRED_BY_THEIR_MODULE.check(classes);
  }

  /** The probe in app fires a customers record: the rule must reject it. */
  @Test
  void theEventRuleCatchesAForeignEvent() {
    JavaClasses probe =
        new ClassFileImporter().importPackages("org.storecrm.app.probe.foreignevent");
    assertThat(probe.contain("org.storecrm.app.probe.foreignevent.ProbeForeignEvent")).isTrue();
    assertThatThrownBy(() -> EVENTS_ARE_FIRED_BY_THEIR_MODULE.check(probe))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("org.storecrm.customers.Purchase");
  }

  private static final ArchRule EVENTS_ARE_FIRED_BY_THEIR_MODULE =
      com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields()
          .that()
          .haveRawType(Event.class)
          .and()
          .areDeclaredInClassesThat()
          .resideInAPackage("org.storecrm..")
          .should(
              new ArchCondition<JavaField>("fire only events declared in their own module") {
                @Override
                public void check(JavaField field, ConditionEvents events) {
                  JavaType type = field.getType();
                  if (!(type instanceof JavaParameterizedType parameterized)) {
                    return;
                  }
                  for (JavaType argument : parameterized.getActualTypeArguments()) {
                    String event = argument.toErasure().getName();
                    String owner = field.getOwner().getPackageName();
                    String eventModule = moduleOf(event);
                    boolean ok = eventModule == null || eventModule.equals(moduleOf(owner + "."));
                    events.add(
                        new SimpleConditionEvent(
                            field,
                            ok,
                            field.getFullName() + " fires " + event + " of module " + eventModule));
                  }
                }
              })
          .allowEmptyShould(true)
          .because("the publisher owns its events; a module that needs an answer calls an API");

  /** The module of a class name under org.storecrm, or null for a class outside the product. */
  private static String moduleOf(String className) {
    if (!className.startsWith("org.storecrm.")) {
      return null;
    }
    String rest = className.substring("org.storecrm.".length());
    return rest.substring(0, rest.indexOf('.'));
  }

  // --- end issue 16: calls and events ---

  /**
   * Payara's own JSON-B context resolver instantiates application resolver classes on first use
   * without synchronisation: with one in the application, concurrent first requests failed with a
   * ConcurrentModificationException (bench/soak.sh found it), and a type resolved meanwhile could
   * keep JSON-B's defaults for good. The API uses JSON-B's defaults instead.
   */
  @Test
  void noJaxRsContextResolvers() {
    noClasses()
        .should()
        .implement(jakarta.ws.rs.ext.ContextResolver.class)
        .because("Payara's JSON-B resolver races with application resolvers on first use")
        .check(classes);
  }

  /**
   * One way to read settings: each module's typed settings bean injects them (validated at
   * start-up, defaults in config/microprofile-config.properties); nothing looks a key up by hand.
   */
  @Test
  void settingsAreInjectedNotLookedUp() {
    noClasses()
        .should()
        .callMethod(org.eclipse.microprofile.config.ConfigProvider.class, "getConfig")
        .because("settings are read through each module's settings bean")
        .check(classes);
  }

  /**
   * Another class reaches a session bean through the container's proxy, which only forwards public
   * methods: a package-private call compiles and then fails at run time ("Illegal non-business
   * method access on no-interface view"), which once stopped the hourly lifecycle timer unseen.
   */
  @Test
  void sessionBeansAreCalledOnlyThroughPublicMethods() {
    SESSION_BEAN_CALLS_ARE_PUBLIC.check(classes);
  }

  @Test
  void theSessionBeanRuleCatchesAPackagePrivateCall() {
    JavaClasses probe =
        new ClassFileImporter().importPackages("org.storecrm.app.probe.nonpublicejbcall");
    assertThat(probe.size()).isEqualTo(2);
    assertThatThrownBy(() -> SESSION_BEAN_CALLS_ARE_PUBLIC.check(probe))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ProbeTimer");
  }

  private static final ArchRule SESSION_BEAN_CALLS_ARE_PUBLIC =
      noClasses()
          .should()
          .callMethodWhere(
              new DescribedPredicate<JavaMethodCall>(
                  "the target is a non-public instance method of another class's session bean") {
                @Override
                public boolean test(JavaMethodCall call) {
                  JavaClass bean = call.getTargetOwner();
                  JavaClass caller = call.getOriginOwner();
                  if (!isSessionBean(bean)
                      || caller.equals(bean)
                      || caller.getName().startsWith(bean.getName() + "$")) {
                    return false;
                  }
                  return call.getTarget()
                      .resolveMember()
                      .map(
                          method ->
                              !method.getModifiers().contains(JavaModifier.PUBLIC)
                                  && !method.getModifiers().contains(JavaModifier.STATIC))
                      .orElse(false);
                }
              })
          .because("the container's proxy forwards only public methods");

  private static boolean isSessionBean(JavaClass type) {
    return type.isAnnotatedWith(Stateless.class)
        || type.isAnnotatedWith(Singleton.class)
        || type.isAnnotatedWith(Stateful.class)
        || type.isAnnotatedWith(MessageDriven.class);
  }
}
