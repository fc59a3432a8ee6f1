package org.storecrm.accounts.internal.receivables;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storecrm.accounts.InvoiceStatus;
import org.storecrm.accounts.ReceivablesSweepReport;
import org.storecrm.accounts.internal.AccountsSettings;
import org.storecrm.accounts.internal.accounts.Account;
import org.storecrm.accounts.internal.accounts.ContactPhones;
import org.storecrm.accounts.internal.receivables.InvoiceStep.Step;
import org.storecrm.platform.Role;

/**
 * The daily receivables sweep (docs/domain.md, "Receivables"). Candidates come from indexed queries
 * on open, undisputed invoices that lack the step; each step done is a row under the primary key
 * (invoice, step), so a second run, or a run on another instance at the same moment, does nothing
 * twice (the loser of such a race fails on the key and its repeat finds nothing to do). Nothing
 * matches an exact date, so days the sweep did not run are caught up:
 *
 * <ul>
 *   <li>REMINDER: due within the reminder window and not yet overdue (an invoice already overdue
 *       gets no reminder but its overdue steps);
 *   <li>OVERDUE: unpaid after its due date; the account goes on credit hold (since the day the
 *       invoice became overdue), and ESCALATION to the store manager happens with it;
 *   <li>HANDOVER: overdue past the escalation limit; the account goes to the key-account department
 *       (its status and queue: the accounts handed over).
 * </ul>
 *
 * Notifications go into the outbox in the sweep's transaction.
 */
@Stateless
public class ReceivablesSweep {
  @PersistenceContext EntityManager em;
  @Inject AccountsSettings settings;
  @Inject Outbox outbox;
  @Inject ContactPhones phones;

  /** One invoice that needs a step, with what its messages say. */
  record Candidate(
      long invoiceId,
      long accountId,
      long storeId,
      String openAmount,
      LocalDate dueOn,
      Long accountManagerId,
      String accountName) {}

  public ReceivablesSweepReport sweep(Instant now, LocalDate today) {
    int reminders = reminders(now, today);
    List<Candidate> overdue = candidates(Step.OVERDUE, null, today, now);
    int holds = overdue(overdue, now, today);
    int handovers = handovers(now, today);
    em.flush();
    return new ReceivablesSweepReport(
        now, today, reminders, overdue.size(), holds, overdue.size(), handovers, 0, 0, 0);
  }

  private int reminders(Instant now, LocalDate today) {
    List<Candidate> due =
        candidates(Step.REMINDER, today.plusDays(settings.reminderDaysBefore()), today, now);
    Map<Long, String> contacts = phones.deciders(due.stream().map(Candidate::accountId).toList());
    for (Candidate c : due) {
      step(c, Step.REMINDER, today, now);
      List<String> args =
          List.of(c.accountName, String.valueOf(c.invoiceId), c.openAmount, c.dueOn.toString());
      staff(c, "reminder", "reminder.staff", args);
      client(c, contacts, "reminder", "reminder.client", args);
    }
    return due.size();
  }

  /** Holds the accounts (once each, from the day the invoice became overdue) and escalates. */
  private int overdue(List<Candidate> overdue, Instant now, LocalDate today) {
    Map<Long, String> contacts =
        phones.deciders(overdue.stream().map(Candidate::accountId).toList());
    Map<Long, Candidate> firstPerAccount = new TreeMap<>();
    for (Candidate c : overdue) {
      step(c, Step.OVERDUE, today, now);
      step(c, Step.ESCALATION, today, now);
      List<String> args =
          List.of(c.accountName, String.valueOf(c.invoiceId), c.openAmount, c.dueOn.toString());
      staff(c, "overdue", "overdue.staff", args);
      outbox.toRole(
          "acc:escalation:" + c.invoiceId,
          c.storeId,
          c.invoiceId,
          Role.MANAGER,
          "escalation.manager",
          args,
          link(c));
      client(c, contacts, "overdue", "overdue.client", args);
      firstPerAccount.merge(c.accountId, c, (a, b) -> a.dueOn.isAfter(b.dueOn) ? b : a);
    }
    int holds = 0;
    for (Account account : accounts(firstPerAccount.keySet())) {
      Candidate c = firstPerAccount.get(account.id());
      if (account.hold(c.invoiceId, c.dueOn.plusDays(1))) {
        holds++;
      }
    }
    return holds;
  }

  private int handovers(Instant now, LocalDate today) {
    List<Candidate> due =
        candidates(Step.HANDOVER, today.minusDays(settings.handoverAfterDays()), today, now);
    Map<Long, Candidate> accounts = new TreeMap<>();
    for (Candidate c : due) {
      step(c, Step.HANDOVER, today, now);
      List<String> args =
          List.of(c.accountName, String.valueOf(c.invoiceId), c.openAmount, c.dueOn.toString());
      outbox.toRole(
          "acc:handover:" + c.invoiceId,
          c.storeId,
          c.invoiceId,
          Role.MANAGER,
          "handover.manager",
          args,
          link(c));
      accounts.putIfAbsent(c.accountId, c);
    }
    for (Account account : accounts(accounts.keySet())) {
      account.handOver(now);
    }
    return due.size();
  }

  /**
   * Open, undisputed invoices without the step: for a reminder those due from today up to {@code
   * horizon}; for the overdue steps those due before today; for a handover those due before {@code
   * horizon}.
   */
  private List<Candidate> candidates(Step step, LocalDate horizon, LocalDate today, Instant now) {
    String due =
        switch (step) {
          case REMINDER -> " and i.dueOn >= :today and i.dueOn <= :horizon";
          case HANDOVER -> " and i.dueOn < :horizon";
          default -> " and i.dueOn < :today";
        };
    var query =
        em.createQuery(
                "select i.id, i.accountId, i.storeId, i.openAmount, i.dueOn, a.accountManagerId,"
                    + " a.name from Invoice i, Account a where a.id = i.accountId"
                    + " and i.status = :open and i.disputeReason is null"
                    + due
                    + " and not exists (select s.invoiceId from InvoiceStep s"
                    + " where s.invoiceId = i.id and s.step = :step)"
                    + " order by i.id",
                Object[].class)
            .setParameter("open", InvoiceStatus.OPEN)
            .setParameter("step", step);
    if (step != Step.HANDOVER) {
      query.setParameter("today", today);
    }
    if (step != Step.OVERDUE) {
      query.setParameter("horizon", horizon);
    }
    List<Candidate> found = new ArrayList<>();
    for (Object[] row : query.getResultList()) {
      found.add(
          new Candidate(
              (Long) row[0],
              (Long) row[1],
              (Long) row[2],
              ((java.math.BigDecimal) row[3]).setScale(2).toPlainString(),
              (LocalDate) row[4],
              (Long) row[5],
              (String) row[6]));
    }
    return found;
  }

  /**
   * The accounts, read in id order (a thousand per query) and changed as entities, so that the
   * flush writes their updates in JDBC batches, each guarded by its version: a payment or another
   * run that changed one meanwhile makes this run fail as stale, and its repeat sees the change.
   */
  private List<Account> accounts(java.util.Set<Long> ids) {
    List<Long> sorted = ids.stream().sorted().toList();
    List<Account> found = new ArrayList<>();
    for (int from = 0; from < sorted.size(); from += 1000) {
      found.addAll(
          em.createQuery("select a from Account a where a.id in :ids order by a.id", Account.class)
              .setParameter("ids", sorted.subList(from, Math.min(sorted.size(), from + 1000)))
              .getResultList());
    }
    return found;
  }

  private void step(Candidate c, Step step, LocalDate today, Instant now) {
    em.persist(new InvoiceStep(c.invoiceId, step, today, now));
  }

  /** To the account manager, or the store's managers when the account has none. */
  private void staff(Candidate c, String what, String messageKey, List<String> args) {
    String key = "acc:" + what + ":" + c.invoiceId;
    if (c.accountManagerId != null) {
      outbox.toUser(key, c.storeId, c.invoiceId, c.accountManagerId, messageKey, args, link(c));
    } else {
      outbox.toRole(key, c.storeId, c.invoiceId, Role.MANAGER, messageKey, args, link(c));
    }
  }

  private void client(
      Candidate c, Map<Long, String> contacts, String what, String messageKey, List<String> args) {
    String phone = contacts.get(c.accountId);
    if (phone != null) {
      outbox.toClient(
          "acc:" + what + ":client:" + c.invoiceId,
          c.storeId,
          c.invoiceId,
          phone,
          messageKey,
          args);
    }
  }

  private static String link(Candidate c) {
    return "/accounts/account.xhtml?id=" + c.accountId;
  }
}
