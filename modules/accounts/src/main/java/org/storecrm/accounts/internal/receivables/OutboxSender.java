package org.storecrm.accounts.internal.receivables;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.storecrm.accounts.internal.AccountsSettings;
import org.storecrm.accounts.internal.AccountsTexts;
import org.storecrm.platform.NewNotice;
import org.storecrm.platform.NotificationGateway;
import org.storecrm.platform.StaffNotices;

/**
 * Delivers the outbox. Each message is first claimed by a guarded update in a transaction of its
 * own (a claim lasts a few minutes), so two instances never deliver the same one. Staff notices are
 * posted in the same transaction that marks the message sent (and notices are keyed, so a repeat
 * adds nothing); a client message goes through the gateway after the claim and is marked sent right
 * after. A failure is retried later, up to the configured attempts. A reminder is delivered only
 * while its invoice is still open (paid meanwhile: dropped).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {
  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
  private static final int BATCH = 200;
  private static final Duration CLAIM = Duration.ofMinutes(5);
  static final Locale CLIENT_LOCALE = Locale.SIMPLIFIED_CHINESE;

  @PersistenceContext EntityManager em;
  @Inject StaffNotices notices;
  @Inject NotificationGateway gateway;
  @Inject AccountsSettings settings;
  @Inject Clock clock;
  @Resource SessionContext context;

  /** Delivers what is due now; how many messages were delivered. */
  public int deliverDue() {
    OutboxSender self = context.getBusinessObject(OutboxSender.class);
    Instant now = clock.instant();
    int delivered = 0;
    for (Long id : self.due(now)) {
      if (!self.claim(id, now)) {
        continue; // another instance has it
      }
      try {
        if (self.deliver(id)) {
          delivered++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Outbox message " + id + " not delivered; retried later", e);
        self.failed(id, e);
      }
    }
    return delivered;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public List<Long> due(Instant now) {
    return em.createQuery(
            "select m.id from OutboxMessage m where m.sentAt is null and m.failedAt is null"
                + " and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)"
                + " order by m.id",
            Long.class)
        .setParameter("now", now)
        .setMaxResults(BATCH)
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(long id, Instant now) {
    return em.createQuery(
                "update OutboxMessage m set m.claimedUntil = :until, m.attempts = m.attempts + 1"
                    + " where m.id = :id and m.sentAt is null and m.failedAt is null"
                    + " and (m.claimedUntil is null or m.claimedUntil < :now)")
            .setParameter("until", now.plus(CLAIM))
            .setParameter("id", id)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  /**
   * Delivers one claimed message and marks it sent, in one transaction; false when it was dropped
   * (a reminder of an invoice no longer open).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean deliver(long id) {
    OutboxMessage m = em.find(OutboxMessage.class, id);
    Instant now = clock.instant();
    if (m.remindsOfInvoice()) {
      Invoice invoice = em.find(Invoice.class, m.invoiceId());
      if (invoice == null || !invoice.open()) {
        m.dropAsInvoiceClosed(now);
        return false;
      }
    }
    switch (m.channel()) {
      case STAFF_USER -> notices.post(notice(m), m.userId());
      case STAFF_ROLE -> notices.postToRole(notice(m), m.storeId(), m.role());
      case CLIENT ->
          gateway.send(
              m.recipient(),
              AccountsTexts.format(
                  CLIENT_LOCALE, "client." + m.messageKey(), m.argList().toArray()));
    }
    m.markSent(now);
    return true;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(long id, RuntimeException failure) {
    OutboxMessage m = em.find(OutboxMessage.class, id);
    m.recordFailure(
        String.valueOf(failure.getMessage()),
        clock.instant(),
        settings.outboxMaxAttempts(),
        Duration.ofMinutes(settings.outboxRetryMinutes()));
  }

  private static NewNotice notice(OutboxMessage m) {
    return new NewNotice(
        m.dedupeKey(), AccountsTexts.BUNDLE, m.messageKey(), m.argList(), m.link());
  }
}
