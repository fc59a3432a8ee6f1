package org.storecrm.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.storecrm.platform.internal.stores.StoreRows;

/**
 * Store scoping for every store-owned record: staff see their own store, head-office administrators
 * and the system see all. A record of another store answers as not found.
 */
@RequestScoped
public class StoreScope {
  private final CurrentUser user;
  private final LongPredicate storeExists;

  @Inject
  public StoreScope(CurrentUser user, StoreRows stores) {
    this(user, stores::exists);
  }

  StoreScope(CurrentUser user, LongPredicate storeExists) {
    this.user = user;
    this.storeExists = storeExists;
  }

  protected StoreScope() {
    this.user = null;
    this.storeExists = null;
  }

  /** The one store the caller is limited to, or empty when the caller sees every store. */
  public Optional<Long> limitedTo() {
    if (!user.isAuthenticated() || user.role().map(Role::spansAllStores).orElse(false)) {
      return Optional.empty();
    }
    // A store-bound role without a store sees nothing rather than everything.
    return Optional.of(user.storeId().orElse(-1L));
  }

  public boolean canSee(Long storeId) {
    return limitedTo().map(own -> own.equals(storeId)).orElse(true);
  }

  /** Throws {@link RecordNotFoundException} unless the caller may see a record of that store. */
  public void checkVisible(Long storeId, String recordType, Object id) {
    if (!canSee(storeId)) {
      throw new RecordNotFoundException(recordType, id);
    }
  }

  /** The criteria predicate that keeps a query to the caller's store. */
  public Predicate restrict(CriteriaBuilder cb, Expression<Long> storeId) {
    return limitedTo().map(own -> cb.equal(storeId, own)).orElseGet(cb::conjunction);
  }

  /**
   * The store a new record belongs to: the caller's own store, or for head-office callers the one
   * they name.
   */
  public Long storeForNewRecord(Long requested, String recordType) {
    Optional<Long> own = limitedTo();
    if (own.isPresent()) {
      if (requested != null && !requested.equals(own.get())) {
        throw new RecordNotFoundException("Store", requested);
      }
      return own.get();
    }
    if (requested == null) {
      throw storeRefused("error.store.required", "A " + recordType + " needs a store");
    }
    // Checked here, not left to the foreign key: a wrong store id is the caller's mistake (422 at
    // the field), not a failed write.
    if (!storeExists.test(requested)) {
      throw storeRefused("error.store.unknown", "Store " + requested + " does not exist");
    }
    return requested;
  }

  private static RuleViolationException storeRefused(String messageKey, String message) {
    return RuleViolationException.refused(messageKey, "storeId", message);
  }
}
