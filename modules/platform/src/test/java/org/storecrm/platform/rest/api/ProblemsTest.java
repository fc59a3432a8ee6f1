package org.storecrm.platform.rest.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storecrm.platform.NewUser;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Role;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StaleRecordException;

class ProblemsTest {
  @Test
  void invalidInputIs400WithTheFields() {
    var violations =
        Validation.buildDefaultValidatorFactory()
            .getValidator()
            .validate(new NewUser("ok.user", "pw", "", Role.ADMIN, null, "en"));
    Problem problem = Problems.of(new ConstraintViolationException(violations));
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.members().get("errors"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .singleElement()
        .isEqualTo(Map.of("field", "fullName", "message", "must not be blank"));
  }

  @Test
  void aConflictIs409WithItsFieldAndDetails() {
    RuleViolationException duplicate =
        RuleViolationException.conflict(
            "error.customer.phoneTaken", "phone", "Already a customer", Map.of("id", 42L));
    Problem problem = Problems.of(new EJBException(duplicate));
    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.members())
        .containsEntry("id", 42L)
        .containsEntry("code", "error.customer.phoneTaken");
    assertThat(problem.members().get("errors"))
        .isEqualTo(List.of(Map.of("field", "phone", "message", "Already a customer")));
  }

  @Test
  void aRefusalIs422() {
    assertThat(Problems.of(RuleViolationException.refused("k", null, "no")).status())
        .isEqualTo(422);
  }

  @Test
  void missingAndOtherStoresRecordsAre404() {
    assertThat(Problems.of(new RecordNotFoundException("Store", 9)).status()).isEqualTo(404);
  }

  @Test
  void staleEditsAre409WhereverTheyAreNoticed() {
    assertThat(Problems.of(new StaleRecordException("User", 3)).status()).isEqualTo(409);
    assertThat(
            Problems.of(new EJBException(new PersistenceException(new OptimisticLockException())))
                .status())
        .isEqualTo(409);
  }

  @Test
  void roleRefusalsAre403() {
    assertThat(Problems.of(new EJBAccessException()).status()).isEqualTo(403);
    assertThat(Problems.of(new AccessLocalException("Client not authorized")).status())
        .isEqualTo(403);
  }

  @Test
  void malformedJsonIs400() {
    assertThat(Problems.of(new JsonbException("Unexpected char")).status()).isEqualTo(400);
  }

  @Test
  void anythingElseIsAServerError() {
    assertThat(Problems.of(new IllegalStateException("bug"))).isNull();
    assertThat(Problems.serverError("abc").members())
        .containsEntry("status", 500)
        .containsEntry("incident", "abc");
  }
}
