package org.storecrm.accounts.internal.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The phone a client's messages go to: the person who decides, else the first contact with a phone.
 * One query per thousand accounts (the sweep's reminders and holds).
 */
@ApplicationScoped
public class ContactPhones {
  private static final int CHUNK = 1000;

  @PersistenceContext EntityManager em;

  public Map<Long, String> deciders(Collection<Long> accountIds) {
    Map<Long, String> phones = new HashMap<>();
    List<Long> ids = accountIds.stream().distinct().toList();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      String in =
          ids.subList(from, Math.min(ids.size(), from + CHUNK)).stream()
              .map(String::valueOf)
              .collect(Collectors.joining(","));
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "SELECT account_id, phone FROM acc_account_contact WHERE phone IS NOT NULL"
                      + " AND account_id IN ("
                      + in
                      + ") ORDER BY account_id, decides DESC, position")
              .getResultList();
      for (Object[] row : rows) {
        phones.putIfAbsent(((Number) row[0]).longValue(), (String) row[1]);
      }
    }
    return phones;
  }
}
