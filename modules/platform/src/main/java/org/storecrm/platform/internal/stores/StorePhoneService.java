package org.storecrm.platform.internal.stores;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storecrm.platform.StorePhones;
import org.storecrm.platform.ValidatedArguments;

/** The stores' phones, for any caller (the system's sweeps included), in one query. */
@Stateless
@ValidatedArguments
@PermitAll
public class StorePhoneService implements StorePhones {
  @PersistenceContext EntityManager em;

  @Override
  public Map<Long, String> of(Collection<Long> storeIds) {
    Map<Long, String> phones = new HashMap<>();
    if (storeIds.isEmpty()) {
      return phones;
    }
    List<Object[]> rows =
        em.createQuery(
                "select s.id, s.phone from Store s where s.id in :ids and s.phone is not null",
                Object[].class)
            .setParameter("ids", List.copyOf(storeIds))
            .getResultList();
    for (Object[] row : rows) {
      String phone = (String) row[1];
      if (!phone.isBlank()) {
        phones.put((Long) row[0], phone);
      }
    }
    return phones;
  }
}
