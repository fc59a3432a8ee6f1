package org.storecrm.platform.internal.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.storecrm.platform.AuditEntry;
import org.storecrm.platform.AuditFilter;
import org.storecrm.platform.AuditLog;
import org.storecrm.platform.CriteriaPages;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Roles;

@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditLogService implements AuditLog {
  private static final Map<String, Function<Root<AuditEvent>, Expression<?>>> SORTABLE =
      Map.of(
          "occurredAt", r -> r.get("occurredAt"),
          "username", r -> r.get("username"),
          "recordType", r -> r.get("recordType"));

  @PersistenceContext private EntityManager em;

  @Override
  public Page<AuditEntry> find(AuditFilter filter, PageRequest page) {
    return CriteriaPages.find(
            em,
            AuditEvent.class,
            page,
            (cb, root) -> {
              List<Predicate> where = new ArrayList<>();
              if (filter.recordType() != null) {
                where.add(cb.equal(root.get("recordType"), filter.recordType()));
              }
              if (filter.recordId() != null) {
                where.add(cb.equal(root.get("recordId"), filter.recordId()));
              }
              if (filter.username() != null) {
                where.add(cb.equal(root.get("username"), filter.username()));
              }
              if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
              }
              if (filter.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), filter.to()));
              }
              return cb.and(where.toArray(Predicate[]::new));
            },
            SORTABLE,
            "occurredAt",
            root -> {})
        .map(AuditEvent::toEntry);
  }
}
