package org.storecrm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The constraints on the platform's inputs, as the API and screens rely on them. */
class ValidationTest {
  private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

  @Test
  void aValidNewUserPasses() {
    assertThat(
            validator.validate(
                new NewUser("wang.wei", "s3cret-pass", "王伟", Role.CONSULTANT, 1L, "zh_CN")))
        .isEmpty();
  }

  @Test
  void namesEveryInvalidFieldOfANewUser() {
    Set<ConstraintViolation<NewUser>> violations =
        validator.validate(new NewUser("Wang Wei", "", " ", null, null, "fr"));
    assertThat(fields(violations))
        .containsExactlyInAnyOrder("username", "password", "fullName", "role", "language");
  }

  @Test
  void storeCodesAreUpperCase() {
    var violations =
        validator.validate(
            new StoreForm(
                "sh-01", "Store", null, "East", "Shanghai", null, null, null, true, null));
    assertThat(fields(violations)).containsExactly("code");
  }

  @Test
  void methodValidationPathsNameTheFieldAsTheClientSentIt() throws NoSuchMethodException {
    var method = StaffDirectory.class.getMethod("create", NewUser.class);
    // Any implementation carries the interface's constraints, as the services do.
    Object staff =
        java.lang.reflect.Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {StaffDirectory.class}, (p, m, a) -> null);
    var violations =
        validator
            .forExecutables()
            .validateParameters(
                staff,
                method,
                new Object[] {new NewUser("ok.name", "x", "Name", Role.ADMIN, null, "xx")});
    assertThat(violations)
        .extracting(v -> ValidationPaths.fieldName(v.getPropertyPath()))
        .containsExactly("language");

    var nullArgument =
        validator.forExecutables().validateParameters(staff, method, new Object[] {null});
    assertThat(nullArgument)
        .extracting(v -> ValidationPaths.fieldName(v.getPropertyPath()))
        .containsExactly("user");
  }

  record Line(
      @Pattern(regexp = "[a-z]+") String serial,
      List<@Pattern(regexp = "[a-z]+") String> serials) {}

  record Order(List<@Valid Line> lines) {}

  @Test
  void listElementsAreNamedByTheirIndexAsTheClientCountsThem() {
    var violations =
        validator.validate(
            new Order(List.of(new Line("ok", List.of()), new Line("BAD", List.of("ok", "B;D")))));
    assertThat(violations)
        .extracting(v -> ValidationPaths.fieldName(v.getPropertyPath()))
        .containsExactlyInAnyOrder("lines[1].serial", "lines[1].serials[1]");
  }

  private static Set<String> fields(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
  }
}
