package org.storecrm.customers.internal.followups;

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
import org.storecrm.customers.internal.CustomersSettings;
import org.storecrm.customers.internal.cards.Customer;
import org.storecrm.customers.internal.complaints.Complaint;

/**
 * Creates the follow-ups that come from the calendar rather than from an action: birthday greetings
 * for base and VIP customers, and the monthly contact every VIP is owed. Candidates are found with
 * indexed queries; each task carries a dedupe key that a unique index holds, so a second run of the
 * same day creates nothing. Overdue needs no marking: it is "open and past due", read at query
 * time. Unresolved complaints past their deadline are escalated to the store manager, once each.
 *
 * <p>Holiday greetings open for base and VIP customers the setting's days before each holiday of
 * the holiday table; every task the sweep opens is kept to the weekly contact cap (it waits for a
 * later week when the customer's week is full); open follow-ups overdue by more than the setting's
 * days are flagged escalated, in one bulk update, for the store manager.
 */
@Stateless
public class FollowUpSweep {
  private static final int CHUNK = 1000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject FollowUpScheduler scheduler;

  @Inject CustomersSettings settings;

  public SweepReport sweep(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    CapLedger ledger = new CapLedger(em, clock.getZone(), settings.weeklyContactCap(), now);
    int birthdays = birthdays(today, ledger);
    int holidays = holidays(today, ledger);
    int vips = vips(now, today, ledger);
    long overdue =
        em.createQuery(
                "select count(f) from FollowUp f where f.status = :open and f.dueAt < :now",
                Long.class)
            .setParameter("open", FollowUpStatus.OPEN)
            .setParameter("now", now)
            .getSingleResult();
    int escalated = escalateComplaints(now);
    int escalatedFollowUps = escalateFollowUps(now);
    return new SweepReport(
        now, birthdays, vips, overdue, escalated, holidays, ledger.postponed(), escalatedFollowUps);
  }

  private int birthdays(LocalDate today, CapLedger ledger) {
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
    return open(customers, FollowUpReason.BIRTHDAY, due, key, ledger);
  }

  /**
   * A greeting call for every base and VIP customer before each holiday of the table whose lead
   * days have begun, once per customer, holiday and year (the dedupe key), kept to the weekly cap.
   * Customers are read as ids, a chunk at a time; the tasks go in as batched inserts.
   */
  private int holidays(LocalDate today, CapLedger ledger) {
    int leadDays = settings.holidayLeadDays();
    List<HolidayRecord> coming =
        em.createQuery(
                "select h from HolidayRecord h where h.holidayDate >= :today and h.holidayDate <= :last"
                    + " order by h.holidayDate, h.id",
                HolidayRecord.class)
            .setParameter("today", today)
            .setParameter("last", HolidayRule.lastHolidayGreetedOn(today, leadDays))
            .getResultList();
    int opened = 0;
    for (HolidayRecord holiday : coming) {
      LocalDate day = HolidayRule.greetingDue(holiday.holidayDate(), today, leadDays).orElseThrow();
      Instant due = day.atTime(settings.holidayCallTime()).atZone(clock.getZone()).toInstant();
      String key = SweepKeys.holiday(holiday.nameKey(), holiday.holidayYear());
      long after = 0;
      while (true) {
        List<Object[]> rows =
            em.createQuery(
                    "select c.id, c.storeId, c.consultantId from Customer c"
                        + " where c.classification in :classes and c.id > :after and not exists"
                        + " (select f.id from FollowUp f where f.customerId = c.id"
                        + " and f.dedupeKey = :key) order by c.id",
                    Object[].class)
                .setParameter("classes", List.of(Classification.BASE, Classification.VIP))
                .setParameter("after", after)
                .setParameter("key", key)
                .setMaxResults(CHUNK)
                .getResultList();
        if (rows.isEmpty()) {
          break;
        }
        List<Long> ids = rows.stream().map(row -> (Long) row[0]).toList();
        ledger.load(ids);
        for (Object[] row : rows) {
          long customer = (Long) row[0];
          FollowUp task =
              new FollowUp(
                  (Long) row[1],
                  customer,
                  (Long) row[2],
                  FollowUpReason.HOLIDAY_GREETING,
                  ledger.place(customer, due));
          task.dedupeBy(key);
          em.persist(task);
        }
        em.flush();
        scheduler.refreshNextDue(ids);
        em.clear(); // a chunk at a time: the context does not grow with the customer base
        opened += rows.size();
        after = ids.get(ids.size() - 1);
      }
    }
    return opened;
  }

  private int vips(Instant now, LocalDate today, CapLedger ledger) {
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
    return open(customers, FollowUpReason.VIP_MONTHLY, now, key, ledger);
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
      task.dedupeBy(SweepKeys.complaint(complaint.id()));
      em.persist(task);
      complaint.escalate(now);
      if (complaint.customerId() != null) {
        customers.add(complaint.customerId());
      }
    }
    em.flush();
    scheduler.refreshNextDue(customers);
    return overdue.size();
  }

  /**
   * Open follow-ups overdue by more than the setting's days escalate to the store manager: one
   * versioned bulk update flags them (they stay in their consultant's queue until the manager
   * reassigns or closes them); a task is escalated once.
   */
  private int escalateFollowUps(Instant now) {
    return em.createQuery(
            "update FollowUp f set f.escalatedAt = :now, f.version = f.version + 1"
                + " where f.status = :open and f.dueAt < :before and f.escalatedAt is null"
                + " and f.reason not in :managers")
        .setParameter("now", now)
        .setParameter("open", FollowUpStatus.OPEN)
        .setParameter("before", EscalationRule.dueBefore(now, settings.escalateAfterDays()))
        .setParameter("managers", List.copyOf(EscalationRule.MANAGERS_OWN))
        .executeUpdate();
  }

  /**
   * Opens one task per customer (batched inserts), each kept to the weekly cap, and refreshes their
   * next-due dates set-wise.
   */
  private int open(
      List<Customer> customers, FollowUpReason reason, Instant due, String key, CapLedger ledger) {
    List<Long> ids = new ArrayList<>();
    ledger.load(CapLedger.ids(customers));
    for (Customer customer : customers) {
      FollowUp task = new FollowUp(customer, reason, ledger.place(customer.id(), due));
      task.dedupeBy(key);
      em.persist(task);
      ids.add(customer.id());
    }
    em.flush();
    scheduler.refreshNextDue(ids);
    return customers.size();
  }
}
