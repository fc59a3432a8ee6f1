package org.storecrm.platform.internal.stores;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Whether a store exists, for {@link org.storecrm.platform.StoreScope}: one primary-key read. */
@ApplicationScoped
public class StoreRows {
  @PersistenceContext private EntityManager em;

  public boolean exists(long storeId) {
    return !em.createQuery("select s.id from Store s where s.id = :id", Long.class)
        .setParameter("id", storeId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
