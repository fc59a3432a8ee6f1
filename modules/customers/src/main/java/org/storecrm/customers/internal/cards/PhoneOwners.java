package org.storecrm.customers.internal.cards;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Who owns a phone in a store, read in a transaction of its own: after a registration lost the race
 * for the phone to a concurrent one, its own transaction is spoilt (PostgreSQL refuses every
 * further statement in it), yet the winner's id is what the loser answers with.
 */
@Stateless
@PermitAll
public class PhoneOwners {
  private static final int ATTEMPTS = 10;

  @PersistenceContext EntityManager em;

  /**
   * The owner committed by the concurrent registration; retried briefly, since on H2 the loser may
   * fail before the winner has committed.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<Long> ownerAfterRace(long storeId, String phone) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Long> owner =
          em.createQuery(
                  "select c.id from Customer c where c.storeId = :store and c.phone = :phone",
                  Long.class)
              .setParameter("store", storeId)
              .setParameter("phone", phone)
              .getResultStream()
              .findFirst();
      if (owner.isPresent()) {
        return owner;
      }
      try {
        Thread.sleep(50L * (attempt + 1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return Optional.empty();
  }
}
