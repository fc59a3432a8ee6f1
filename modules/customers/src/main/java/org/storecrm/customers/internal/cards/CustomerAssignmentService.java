package org.storecrm.customers.internal.cards;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.storecrm.customers.CustomerAssignments;
import org.storecrm.customers.Reassignment;
import org.storecrm.customers.internal.followups.FollowUpScheduler;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Role;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.UserView;
import org.storecrm.platform.ValidatedArguments;

/**
 * Bulk reassignment: the customers move to the consultant in one update, and their follow-ups move
 * through {@link FollowUpScheduler#handOver}, the follow-ups' only owner (set-based too).
 */
@Stateless
@ValidatedArguments
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class CustomerAssignmentService implements CustomerAssignments {
  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject StaffDirectory staff;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject FollowUpScheduler scheduler;

  @Override
  public int reassign(Reassignment reassignment) {
    UserView consultant = staff.get(reassignment.consultantId());
    if (consultant.role() != Role.CONSULTANT
        || !consultant.active()
        || !scope.canSee(consultant.storeId())) {
      throw RuleViolationException.refused(
          "error.customer.consultantElsewhere",
          "consultantId",
          "The consultant must be active staff of the customers' store");
    }
    List<Long> ids = reassignment.customerIds().stream().distinct().toList();
    List<Object[]> current =
        em.createQuery(
                "select c.id, c.consultantId, c.storeId from Customer c where c.id in :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList();
    for (Object[] row : current) {
      if (!Objects.equals(row[2], consultant.storeId())) {
        throw new RecordNotFoundException(CustomerService.RECORD_TYPE, row[0]);
      }
    }
    if (current.size() != ids.size()) {
      Long missing =
          ids.stream()
              .filter(id -> current.stream().noneMatch(row -> row[0].equals(id)))
              .findFirst()
              .orElseThrow();
      throw new RecordNotFoundException(CustomerService.RECORD_TYPE, missing);
    }
    Long to = consultant.id();
    // The customers each previous consultant held (their open tasks follow them), and those
    // handed over to a new consultant at all (their first contact moves along).
    Map<Long, List<Long>> byPrevious =
        current.stream()
            .filter(row -> row[1] != null && !row[1].equals(to))
            .collect(
                Collectors.groupingBy(
                    row -> (Long) row[1],
                    Collectors.mapping(row -> (Long) row[0], Collectors.toList())));
    List<Long> handedOver =
        current.stream().filter(row -> !to.equals(row[1])).map(row -> (Long) row[0]).toList();
    int moved =
        em.createQuery(
                "update Customer c set c.consultantId = :to, c.version = c.version + 1"
                    + " where c.id in :ids")
            .setParameter("to", to)
            .setParameter("ids", ids)
            .executeUpdate();
    scheduler.handOver(byPrevious, handedOver, to, clock.instant());
    for (Object[] row : current) {
      Map<String, Object> before = new HashMap<>();
      before.put("consultantId", row[1]);
      audit.changed(
          new AuditTrail.AuditedRecord(CustomerService.RECORD_TYPE, (Long) row[0], (Long) row[2]),
          before,
          Map.of("consultantId", to));
    }
    return moved;
  }
}
