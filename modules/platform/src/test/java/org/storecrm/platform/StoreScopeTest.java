package org.storecrm.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreScopeTest {
  private static final long FLAGSHIP = 1L;
  private static final long PLAZA = 51L;
  private static final java.util.function.LongPredicate STORES =
      id -> id == FLAGSHIP || id == PLAZA;

  @Test
  void storeStaffSeeOnlyTheirStore() {
    StoreScope scope = new StoreScope(user(Role.CONSULTANT, FLAGSHIP), STORES);
    assertThat(scope.limitedTo()).contains(FLAGSHIP);
    assertThat(scope.canSee(FLAGSHIP)).isTrue();
    assertThat(scope.canSee(PLAZA)).isFalse();
    assertThat(scope.canSee(null)).isFalse();
  }

  @Test
  void anotherStoresRecordIsNotFoundRatherThanForbidden() {
    StoreScope scope = new StoreScope(user(Role.MANAGER, FLAGSHIP), STORES);
    assertThatThrownBy(() -> scope.checkVisible(PLAZA, "Customer", 7))
        .isInstanceOf(RecordNotFoundException.class)
        .hasMessageContaining("Customer 7");
  }

  @Test
  void headOfficeAndSystemSeeEveryStore() {
    assertThat(new StoreScope(user(Role.ADMIN, null), STORES).limitedTo()).isEmpty();
    assertThat(new StoreScope(system(), STORES).limitedTo()).isEmpty();
    assertThat(new StoreScope(user(Role.ADMIN, null), STORES).canSee(PLAZA)).isTrue();
  }

  @Test
  void storeStaffWithoutStoreSeeNothing() {
    StoreScope scope = new StoreScope(user(Role.CONSULTANT, null), STORES);
    assertThat(scope.canSee(FLAGSHIP)).isFalse();
  }

  @Test
  void newRecordsBelongToTheCallersStore() {
    StoreScope consultant = new StoreScope(user(Role.CONSULTANT, FLAGSHIP), STORES);
    assertThat(consultant.storeForNewRecord(null, "customer")).isEqualTo(FLAGSHIP);
    assertThat(consultant.storeForNewRecord(FLAGSHIP, "customer")).isEqualTo(FLAGSHIP);
    assertThatThrownBy(() -> consultant.storeForNewRecord(PLAZA, "customer"))
        .isInstanceOf(RecordNotFoundException.class);

    StoreScope admin = new StoreScope(user(Role.ADMIN, null), STORES);
    assertThat(admin.storeForNewRecord(PLAZA, "customer")).isEqualTo(PLAZA);
    assertThatThrownBy(() -> admin.storeForNewRecord(null, "customer"))
        .isInstanceOfSatisfying(
            RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("storeId"));
    assertThatThrownBy(() -> admin.storeForNewRecord(404L, "customer"))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("storeId");
              assertThat(e.messageKey()).isEqualTo("error.store.unknown");
            });
  }

  static CurrentUser user(Role role, Long storeId) {
    return new FixedUser("someone", Optional.of(role), Optional.ofNullable(storeId), true);
  }

  static CurrentUser system() {
    return new FixedUser("system", Optional.empty(), Optional.empty(), false);
  }

  record FixedUser(
      String username, Optional<Role> role, Optional<Long> storeId, boolean isAuthenticated)
      implements CurrentUser {
    @Override
    public Optional<Long> userId() {
      return Optional.of(1L);
    }

    @Override
    public Locale locale() {
      return Locale.ENGLISH;
    }
  }
}
