package org.storecrm.customers.internal.followups;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storecrm.customers.FollowUpStatus;
import org.storecrm.customers.internal.cards.Customer;

/**
 * The weekly cap over many customers at once (the sweep): each customer's tasks per week are read
 * once, in chunks of one query each, and the tasks the run places are counted as they are placed.
 */
final class CapLedger {
  private static final int CHUNK = 1000;

  private final EntityManager em;
  private final ZoneId zone;
  private final int cap;
  private final Instant from;
  private final Map<Long, Map<LocalDate, Integer>> weeks = new HashMap<>();
  private int postponed;

  /** Counts the tasks due from the start of the week of {@code now} on. */
  CapLedger(EntityManager em, ZoneId zone, int cap, Instant now) {
    this.em = em;
    this.zone = zone;
    this.cap = cap;
    this.from = WeeklyCap.weekOf(now, zone).atStartOfDay(zone).toInstant();
  }

  /** Reads the tasks of the customers not read yet (they are flushed first). */
  void load(Collection<Long> customerIds) {
    List<Long> unread = customerIds.stream().filter(id -> !weeks.containsKey(id)).toList();
    if (unread.isEmpty()) {
      return;
    }
    em.flush();
    for (int start = 0; start < unread.size(); start += CHUNK) {
      List<Long> chunk = unread.subList(start, Math.min(unread.size(), start + CHUNK));
      chunk.forEach(id -> weeks.put(id, new HashMap<>()));
      List<Object[]> rows =
          em.createQuery(
                  "select f.customerId, f.dueAt from FollowUp f where f.customerId in :ids"
                      + " and f.status <> :cancelled and f.dueAt >= :from",
                  Object[].class)
              .setParameter("ids", chunk)
              .setParameter("cancelled", FollowUpStatus.CANCELLED)
              .setParameter("from", from)
              .setFlushMode(FlushModeType.COMMIT)
              .getResultList();
      for (Object[] row : rows) {
        weeks.get((Long) row[0]).merge(WeeklyCap.weekOf((Instant) row[1], zone), 1, Integer::sum);
      }
    }
  }

  /** Where a capped task of a loaded customer goes; it is counted there. */
  Instant place(long customerId, Instant due) {
    Map<LocalDate, Integer> perWeek = weeks.computeIfAbsent(customerId, id -> new HashMap<>());
    Instant placed = WeeklyCap.place(due, perWeek, cap, zone);
    if (!placed.equals(due)) {
      postponed++;
    }
    perWeek.merge(WeeklyCap.weekOf(placed, zone), 1, Integer::sum);
    return placed;
  }

  /** Tasks of this run that waited for a later week. */
  int postponed() {
    return postponed;
  }

  static List<Long> ids(Collection<Customer> customers) {
    List<Long> ids = new ArrayList<>(customers.size());
    customers.forEach(c -> ids.add(c.id()));
    return ids;
  }
}
