package org.storecrm.customers.internal.cards;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The names of the cards a page of records refers to, in one query for the whole page (a record
 * without a card, such as a hotline complaint, has none). The caller has already scoped the
 * records.
 */
public final class CustomerNames {
  private CustomerNames() {}

  public static Map<Long, String> byId(EntityManager em, Collection<Long> customerIds) {
    var ids = customerIds.stream().filter(Objects::nonNull).distinct().toList();
    Map<Long, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      for (Object[] row :
          em.createQuery("select c.id, c.name from Customer c where c.id in :ids", Object[].class)
              .setParameter("ids", ids)
              .getResultList()) {
        names.put((Long) row[0], (String) row[1]);
      }
    }
    return names;
  }
}
