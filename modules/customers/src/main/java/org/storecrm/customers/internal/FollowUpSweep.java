package org.storecrm.customers.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.storecrm.customers.Classification;
import org.storecrm.customers.ComplaintStatus;
import org.storecrm.customers.FollowUpReason;
import org.storecrm.customers.FollowUpStatus;
import org.storecrm.customers.SweepReport;

/**
 * Creates the follow-ups that come from the calendar rather than from an action: birthday greetings
 * for base and VIP customers, and the monthly contact every VIP is owed. Candidates are found with
 * indexed queries; each task carries a dedupe key that a unique index holds, so a second run of the
 * same day creates nothing. Overdue needs no marking: it is "open and past due", read at query
 * time. Unresolved complaints past their deadline are escalated to the store manager, once each.
 */
@Stateless
public class FollowUpSweep {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject FollowUpScheduler scheduler;

  @Inject CustomersSettings settings;

  public SweepReport sweep(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    int birthdays = birthdays(today);
    int vips = vips(now, today);
    long overdue =
        em.createQuery(
                "select count(f) from FollowUp f where f.status = :open and f.dueAt < :now",
                Long.class)
            .setParameter("open", FollowUpStatus.OPEN)
            .setParameter("now", now)
            .getSingleResult();
    int escalated = escalateComplaints(now);
    return new SweepReport(now, birthdays, vips, overdue, escalated);
  }

  private int birthdays(LocalDate today) {
    String key = SweepKeys.birthday(today);
    List<Customer> customers =
        em.createQuery(
                "select c from Customer c where c.birthMonthDay in :monthDays"
                    + " and c.classification in :classes and not exists"
                    + " (select f.id from FollowUp f where f.customerId = c.id and f.dedupeKey = :key)",
                Customer.class)
            .setParameter("monthDays", BirthdayRule.monthDaysGreetedOn(today))
            .setParameter("classes", List.of(Classification.BASE, Classification.VIP))
            .setParameter("key", key)
            .getResultList();
    Instant due = BirthdayRule.due(today, settings.birthdayCallTime(), clock.getZone()).toInstant();
    return open(customers, FollowUpReason.BIRTHDAY, due, key);
  }

  private int vips(Instant now, LocalDate today) {
    String key = SweepKeys.vipMonth(today);
    List<Customer> customers =
        em.createQuery(
                "select c from Customer c where c.classification = :vip"
                    + " and (c.lastContactAt is null or c.lastContactAt < :since) and not exists"
                    + " (select f.id from FollowUp f where f.customerId = c.id"
                    + " and (f.dedupeKey = :key or (f.reason = :reason and f.status = :open)))",
                Customer.class)
            .setParameter("vip", Classification.VIP)
            .setParameter("since", now.minus(Duration.ofDays(settings.vipContactDays())))
            .setParameter("key", key)
            .setParameter("reason", FollowUpReason.VIP_MONTHLY)
            .setParameter("open", FollowUpStatus.OPEN)
            .getResultList();
    return open(customers, FollowUpReason.VIP_MONTHLY, now, key);
  }

  /**
   * Unresolved complaints past their deadline go to the store manager: each gets one task in the
   * manager's queue (no consultant), keyed by the complaint so that the unique dedupe index holds
   * even two racing runs to one, and is flagged escalated. The flags are written as one JDBC batch
   * of versioned updates (a JPQL bulk update renders booleans as 0/1, which H2 refuses): an owner
   * resolving a complaint at the same moment makes this run fail as stale, and the next one skips
   * what was resolved.
   */
  private int escalateComplaints(Instant now) {
    List<Complaint> overdue =
        em.createQuery(
                "select c from Complaint c"
                    + " where c.escalated = :no and c.deadline < :now and c.status in :unresolved"
                    + " order by c.deadline, c.id",
                Complaint.class)
            .setParameter("no", false)
            .setParameter("now", now)
            .setParameter("unresolved", List.of(ComplaintStatus.OPEN, ComplaintStatus.IN_PROGRESS))
            .getResultList();
    List<Long> customers = new ArrayList<>();
    for (Complaint complaint : overdue) {
      // On the complaint's card, or (a hotline complaint without a card) with the caller's phone.
      FollowUp task = FollowUp.aboutComplaint(complaint, FollowUpReason.COMPLAINT_ESCALATION, now);
      task.dedupeKey = SweepKeys.complaint(complaint.id);
      em.persist(task);
      complaint.escalated = true;
      complaint.escalatedAt = now;
      if (complaint.customerId != null) {
        customers.add(complaint.customerId);
      }
    }
    em.flush();
    scheduler.refreshNextDue(customers);
    return overdue.size();
  }

  /** Opens one task per customer (batched inserts) and refreshes their next-due dates set-wise. */
  private int open(List<Customer> customers, FollowUpReason reason, Instant due, String key) {
    List<Long> ids = new ArrayList<>();
    for (Customer customer : customers) {
      FollowUp task = new FollowUp(customer, reason, due);
      task.dedupeKey = key;
      em.persist(task);
      ids.add(customer.id);
    }
    em.flush();
    scheduler.refreshNextDue(ids);
    return customers.size();
  }
}
