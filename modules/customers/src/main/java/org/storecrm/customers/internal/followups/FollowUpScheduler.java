package org.storecrm.customers.internal.followups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.storecrm.customers.ContactPlanPurpose;
import org.storecrm.customers.FollowUpReason;
import org.storecrm.customers.FollowUpStatus;
import org.storecrm.customers.internal.CustomersSettings;
import org.storecrm.customers.internal.cards.Customer;
import org.storecrm.customers.internal.complaints.Complaint;

/**
 * Opens, replaces and hands over follow-up tasks and keeps the card's {@code nextFollowUpDue} equal
 * to its earliest open task; a bulk change of follow-ups (a reassignment's) goes through here,
 * never around it. Runs inside the caller's transaction. It keeps every task it opens to the weekly
 * contact cap ({@link WeeklyCap}): the store's further tasks in a full week wait for the next week
 * with room.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class FollowUpScheduler {
  /** The tasks any contact with the customer fulfils. */
  static final List<FollowUpReason> FOLLOWED_UP_BY_A_CONTACT =
      List.of(
          FollowUpReason.GRADE_CADENCE,
          FollowUpReason.FIRST_CONTACT,
          FollowUpReason.PLANNED_CONTACT);

  private static final int CHUNK = 1000;

  @PersistenceContext EntityManager em;
  @Inject FollowUpPlan plan;
  @Inject CustomersSettings settings;
  @Inject Clock clock;

  /**
   * Where a new task of the customer goes under the weekly contact cap: its own time, or the first
   * later week with room when the customer's week is full. Exempt reasons keep their time without a
   * query. {@code flush} false reads without flushing (a checkout's one flush).
   */
  Instant capped(
      Customer customer,
      FollowUpReason reason,
      ContactPlanPurpose purpose,
      Instant dueAt,
      boolean flush) {
    if (!WeeklyCap.applies(reason, purpose) || customer.id() == null) {
      return dueAt;
    }
    ZoneId zone = clock.getZone();
    List<Instant> counted =
        em.createQuery(
                "select f.dueAt from FollowUp f where f.customerId = :customer"
                    + " and f.status <> :cancelled and f.dueAt >= :from",
                Instant.class)
            .setParameter("customer", customer.id())
            .setParameter("cancelled", FollowUpStatus.CANCELLED)
            .setParameter("from", WeeklyCap.weekOf(dueAt, zone).atStartOfDay(zone).toInstant())
            .setFlushMode(flush ? FlushModeType.AUTO : FlushModeType.COMMIT)
            .getResultList();
    return WeeklyCap.place(
        dueAt, WeeklyCap.perWeek(counted, zone), settings.weeklyContactCap(), zone);
  }

  public FollowUp open(Customer customer, FollowUpReason reason, Instant dueAt) {
    FollowUp task = new FollowUp(customer, reason, capped(customer, reason, null, dueAt, true));
    em.persist(task);
    refreshNextDue(customer);
    return task;
  }

  /**
   * Opens the task unless one with the same key was ever opened for the customer (a redelivered
   * event or a second booking of the same thing adds nothing).
   */
  public void openOnce(Customer customer, FollowUpReason reason, Instant dueAt, String dedupeKey) {
    openOnce(customer, reason, dueAt, dedupeKey, null);
  }

  /** The same, naming whom the task asks about ({@code subjectUserId}, e.g. the sale's seller). */
  public void openOnce(
      Customer customer,
      FollowUpReason reason,
      Instant dueAt,
      String dedupeKey,
      Long subjectUserId) {
    boolean exists =
        !em.createQuery(
                "select f.id from FollowUp f where f.customerId = :customer and f.dedupeKey = :key",
                Long.class)
            .setParameter("customer", customer.id())
            .setParameter("key", dedupeKey)
            .setMaxResults(1)
            // Keys are opened once per transaction; not flushing keeps a checkout's one flush.
            .setFlushMode(FlushModeType.COMMIT)
            .getResultList()
            .isEmpty();
    if (!exists) {
      Instant due = capped(customer, reason, null, dueAt, false);
      FollowUp task = new FollowUp(customer, reason, due);
      task.dedupeBy(dedupeKey);
      task.asksAbout(subjectUserId);
      em.persist(task);
      // A new task can only bring the card's next due date forward: no flush, no query.
      if (customer.nextFollowUpDue() == null || due.isBefore(customer.nextFollowUpDue())) {
        customer.nextFollowUpDueAt(due);
      }
    }
  }

  /**
   * A contact planned for a time: a follow-up that carries why and what, in the queue of the
   * consultant who is to make it.
   */
  public FollowUp plan(
      Customer customer,
      ContactPlanPurpose purpose,
      String step,
      Instant dueAt,
      Long consultantId) {
    FollowUp task =
        new FollowUp(
            customer,
            FollowUpReason.PLANNED_CONTACT,
            capped(customer, FollowUpReason.PLANNED_CONTACT, purpose, dueAt, true));
    task.planAs(purpose, step, consultantId);
    em.persist(task);
    refreshNextDue(customer);
    return task;
  }

  /**
   * The satisfaction callback of a resolved complaint (issue 15): in the store manager's queue, not
   * the handler's, so that someone other than the person who handled it asks whether the customer
   * is satisfied; on the complaint's card, or with the caller's name and phone when it has none.
   * One per complaint (its dedupe key).
   */
  public FollowUp complaintCallback(Complaint complaint, Customer customer, Instant dueAt) {
    FollowUp task = FollowUp.aboutComplaint(complaint, FollowUpReason.COMPLAINT_CALLBACK, dueAt);
    task.dedupeBy(SweepKeys.complaintCallback(complaint.id()));
    em.persist(task);
    if (customer != null) {
      refreshNextDue(customer);
    } else {
      em.flush();
    }
    return task;
  }

  /**
   * "Can't answer now" on a phone-in (issue 15): a promised callback, a planned contact with the
   * purpose CALLBACK in the queue of the consultant who took the call (a manager's in the manager's
   * queue); on the caller's card, or without one with the caller's name and phone.
   */
  public FollowUp promisedCallback(
      long storeId,
      Customer customer,
      String name,
      String phone,
      String step,
      Instant dueAt,
      Long consultantId) {
    if (customer != null) {
      return plan(customer, ContactPlanPurpose.CALLBACK, step, dueAt, consultantId);
    }
    FollowUp task = FollowUp.callbackWithoutCard(storeId, name, phone, step, dueAt, consultantId);
    em.persist(task);
    em.flush();
    return task;
  }

  /**
   * A card was linked to a complaint logged without one: the complaint's tasks and surveys move to
   * the card, and the card's next due date takes the open ones in.
   */
  public void complaintLinked(Complaint complaint, Customer customer) {
    em.flush();
    em.createQuery(
            "update FollowUp f set f.customerId = :customer, f.version = f.version + 1"
                + " where f.complaintId = :complaint and f.customerId is null")
        .setParameter("customer", customer.id())
        .setParameter("complaint", complaint.id())
        .executeUpdate();
    em.createQuery(
            "update SatisfactionSurvey s set s.customerId = :customer"
                + " where s.complaintId = :complaint and s.customerId is null")
        .setParameter("customer", customer.id())
        .setParameter("complaint", complaint.id())
        .executeUpdate();
    refreshNextDue(customer);
  }

  /** A grade sets one cadence: the open cadence task is cancelled and a new one opened. */
  public FollowUp replaceGradeFollowUp(Customer customer, Instant dueAt) {
    cancelGradeFollowUp(customer);
    return open(customer, FollowUpReason.GRADE_CADENCE, dueAt);
  }

  /** The customer left the intent list (bought, or was lost): no more cadence calls. */
  public void cancelGradeFollowUp(Customer customer) {
    em.createQuery(
            "update FollowUp f set f.status = :cancelled, f.version = f.version + 1"
                + " where f.customerId = :customer and f.reason = :reason and f.status = :open")
        .setParameter("cancelled", FollowUpStatus.CANCELLED)
        .setParameter("customer", customer.id())
        .setParameter("reason", FollowUpReason.GRADE_CADENCE)
        .setParameter("open", FollowUpStatus.OPEN)
        .executeUpdate();
    refreshNextDue(customer);
  }

  /**
   * The customer was contacted at {@code at}: that is the follow-up the cadence or the
   * first-contact rule asked for. Every open cadence and first-contact task is done with the
   * contact's outcome, and the next cadence task is opened from the current grade (none for an
   * ungraded customer). The one path for a contact logged on the card and a task completed from "My
   * follow-ups".
   */
  public void followedUp(Customer customer, Instant at, String outcome, String by) {
    em.createQuery(
            "update FollowUp f set f.status = :done, f.outcome = :outcome, f.completedAt = :at,"
                + " f.completedBy = :by, f.version = f.version + 1"
                + " where f.customerId = :customer and f.reason in :reasons and f.status = :open")
        .setParameter("done", FollowUpStatus.DONE)
        .setParameter("outcome", outcome)
        .setParameter("at", at)
        .setParameter("by", by)
        .setParameter("customer", customer.id())
        .setParameter("reasons", FOLLOWED_UP_BY_A_CONTACT)
        .setParameter("open", FollowUpStatus.OPEN)
        .executeUpdate();
    if (customer.grade() != null) {
      open(customer, FollowUpReason.GRADE_CADENCE, plan.nextForGrade(customer.grade(), at));
    } else {
      refreshNextDue(customer);
    }
  }

  /** Cancels the open task opened under {@code dedupeKey}, if any. */
  void cancel(Customer customer, String dedupeKey) {
    em.createQuery(
            "update FollowUp f set f.status = :cancelled, f.version = f.version + 1"
                + " where f.customerId = :customer and f.dedupeKey = :key and f.status = :open")
        .setParameter("cancelled", FollowUpStatus.CANCELLED)
        .setParameter("customer", customer.id())
        .setParameter("key", dedupeKey)
        .setParameter("open", FollowUpStatus.OPEN)
        .executeUpdate();
    refreshNextDue(customer);
  }

  public void refreshNextDue(Customer customer) {
    em.flush();
    // Ordered rather than min(): an aggregate would bypass the Instant converter on PostgreSQL.
    customer.nextFollowUpDueAt(
        em.createQuery(
                "select f.dueAt from FollowUp f where f.customerId = :customer and f.status = :open"
                    + " order by f.dueAt",
                Instant.class)
            .setParameter("customer", customer.id())
            .setParameter("open", FollowUpStatus.OPEN)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null));
  }

  /**
   * Customers handed to consultant {@code to} (bulk reassignment), set-based: each previous
   * consultant's open tasks follow their customers ({@code byPrevious}: previous consultant to
   * customers; the manager's queue stays), and the open first-contact task of each customer handed
   * over moves along too, from the manager's queue as well, due within the first-contact time of
   * this assignment ({@code now}). The cards' next-due dates follow.
   */
  public void handOver(
      Map<Long, List<Long>> byPrevious, List<Long> handedOver, long to, Instant now) {
    byPrevious.forEach(
        (previous, customers) -> {
          for (int from = 0; from < customers.size(); from += CHUNK) {
            em.createQuery(
                    "update FollowUp f set f.consultantId = :to, f.version = f.version + 1"
                        + " where f.customerId in :customers and f.status = :open"
                        + " and f.consultantId = :previous")
                .setParameter("to", to)
                .setParameter(
                    "customers", customers.subList(from, Math.min(customers.size(), from + CHUNK)))
                .setParameter("open", FollowUpStatus.OPEN)
                .setParameter("previous", previous)
                .executeUpdate();
          }
        });
    for (int from = 0; from < handedOver.size(); from += CHUNK) {
      em.createQuery(
              "update FollowUp f set f.consultantId = :to, f.dueAt = :due,"
                  + " f.version = f.version + 1"
                  + " where f.customerId in :customers and f.status = :open and f.reason = :first")
          .setParameter("to", to)
          .setParameter("due", plan.firstContactDue(now))
          .setParameter(
              "customers", handedOver.subList(from, Math.min(handedOver.size(), from + CHUNK)))
          .setParameter("open", FollowUpStatus.OPEN)
          .setParameter("first", FollowUpReason.FIRST_CONTACT)
          .executeUpdate();
    }
    refreshNextDue(handedOver);
  }

  /** The cards' next-due dates, set-wise, for customers whose tasks changed in bulk. */
  void refreshNextDue(List<Long> ids) {
    em.flush();
    // Native SQL: EclipseLink renders a correlated subquery in a bulk update wrongly. The ids are
    // numbers read from the database, so inlining them is safe.
    for (int from = 0; from < ids.size(); from += CHUNK) {
      String chunk =
          ids.subList(from, Math.min(ids.size(), from + CHUNK)).stream()
              .map(String::valueOf)
              .collect(java.util.stream.Collectors.joining(","));
      em.createNativeQuery(
              "UPDATE cus_customer SET next_follow_up_due = (SELECT MIN(f.due_at) FROM cus_follow_up f"
                  + " WHERE f.customer_id = cus_customer.id AND f.status = 'OPEN'),"
                  + " version = version + 1 WHERE id IN ("
                  + chunk
                  + ")")
          .executeUpdate();
    }
  }
}
