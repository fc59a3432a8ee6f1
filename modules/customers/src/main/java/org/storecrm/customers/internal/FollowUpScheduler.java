package org.storecrm.customers.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import org.storecrm.customers.FollowUpReason;
import org.storecrm.customers.FollowUpStatus;

/**
 * Opens and replaces follow-up tasks and keeps the card's {@code nextFollowUpDue} equal to its
 * earliest open task. Runs inside the caller's transaction.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class FollowUpScheduler {
  @PersistenceContext EntityManager em;

  FollowUp open(Customer customer, FollowUpReason reason, Instant dueAt) {
    FollowUp task = new FollowUp(customer, reason, dueAt);
    em.persist(task);
    refreshNextDue(customer);
    return task;
  }

  /**
   * Opens the task unless one with the same key was ever opened for the customer (a redelivered
   * event or a second booking of the same thing adds nothing).
   */
  void openOnce(Customer customer, FollowUpReason reason, Instant dueAt, String dedupeKey) {
    boolean exists =
        !em.createQuery(
                "select f.id from FollowUp f where f.customerId = :customer and f.dedupeKey = :key",
                Long.class)
            .setParameter("customer", customer.id)
            .setParameter("key", dedupeKey)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (!exists) {
      FollowUp task = new FollowUp(customer, reason, dueAt);
      task.dedupeKey = dedupeKey;
      em.persist(task);
      refreshNextDue(customer);
    }
  }

  /** A grade sets one cadence: the open cadence task is cancelled and a new one opened. */
  FollowUp replaceGradeFollowUp(Customer customer, Instant dueAt) {
    cancelGradeFollowUp(customer);
    return open(customer, FollowUpReason.GRADE_CADENCE, dueAt);
  }

  /** The customer left the intent list (bought, or was lost): no more cadence calls. */
  void cancelGradeFollowUp(Customer customer) {
    em.createQuery(
            "update FollowUp f set f.status = :cancelled, f.version = f.version + 1"
                + " where f.customerId = :customer and f.reason = :reason and f.status = :open")
        .setParameter("cancelled", FollowUpStatus.CANCELLED)
        .setParameter("customer", customer.id)
        .setParameter("reason", FollowUpReason.GRADE_CADENCE)
        .setParameter("open", FollowUpStatus.OPEN)
        .executeUpdate();
    refreshNextDue(customer);
  }

  /** Cancels the open task opened under {@code dedupeKey}, if any. */
  void cancel(Customer customer, String dedupeKey) {
    em.createQuery(
            "update FollowUp f set f.status = :cancelled, f.version = f.version + 1"
                + " where f.customerId = :customer and f.dedupeKey = :key and f.status = :open")
        .setParameter("cancelled", FollowUpStatus.CANCELLED)
        .setParameter("customer", customer.id)
        .setParameter("key", dedupeKey)
        .setParameter("open", FollowUpStatus.OPEN)
        .executeUpdate();
    refreshNextDue(customer);
  }

  void refreshNextDue(Customer customer) {
    em.flush();
    // Ordered rather than min(): an aggregate would bypass the Instant converter on PostgreSQL.
    customer.nextFollowUpDue =
        em.createQuery(
                "select f.dueAt from FollowUp f where f.customerId = :customer and f.status = :open"
                    + " order by f.dueAt",
                Instant.class)
            .setParameter("customer", customer.id)
            .setParameter("open", FollowUpStatus.OPEN)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
  }
}
