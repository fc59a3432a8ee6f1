package org.storecrm.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.storecrm.platform.Role;

/**
 * Reads the few staff facts the accounts module needs (an account manager's store, role and name)
 * with one indexed query on the platform's user table, because the platform's {@code
 * StaffDirectory} serves administrators and managers only and account managers read them too.
 */
@ApplicationScoped
public class StaffLookup {
  @PersistenceContext EntityManager em;

  /** A staff member: active, of a store (null for head office), in a role. */
  public record Staff(long id, Long storeId, Role role, String fullName, boolean active) {}

  public Optional<Staff> find(long userId) {
    return Optional.ofNullable(find(List.of(userId)).get(userId));
  }

  /** At most a page's worth of ids (they are inlined as numbers, so nothing can be injected). */
  public Map<Long, Staff> find(Collection<Long> userIds) {
    Map<Long, Staff> found = new HashMap<>();
    if (userIds.isEmpty()) {
      return found;
    }
    String ids = userIds.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, store_id, role, full_name, active FROM plt_user WHERE id IN ("
                    + ids
                    + ")")
            .getResultList();
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      found.put(
          id,
          new Staff(
              id,
              row[1] == null ? null : ((Number) row[1]).longValue(),
              Role.valueOf((String) row[2]),
              (String) row[3],
              Boolean.TRUE.equals(row[4])));
    }
    return found;
  }

  /**
   * The active account managers of a store (whom a walk-in buyer can be handed to), or of every
   * store when {@code storeId} is null, by name.
   */
  public List<Staff> accountManagers(Long storeId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, store_id, full_name FROM plt_user WHERE role = ?1 AND active = TRUE"
                    + (storeId == null ? "" : " AND store_id = " + storeId.longValue())
                    + " ORDER BY full_name, id")
            .setParameter(1, Role.ACCOUNT_MANAGER.name())
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new Staff(
                    ((Number) row[0]).longValue(),
                    row[1] == null ? null : ((Number) row[1]).longValue(),
                    Role.ACCOUNT_MANAGER,
                    (String) row[2],
                    true))
        .toList();
  }
}
