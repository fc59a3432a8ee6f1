package org.storecrm.accounts.internal.receivables;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.storecrm.platform.Role;

/**
 * Writes notifications into the outbox, in the caller's transaction: a message exists exactly when
 * its cause committed. Each carries a dedupe key (unique), so a cause repeated cannot queue it
 * twice.
 */
@ApplicationScoped
public class Outbox {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  void toUser(
      String key,
      long storeId,
      Long invoiceId,
      long userId,
      String messageKey,
      List<String> args,
      String link) {
    em.persist(
        OutboxMessage.toUser(
            key, storeId, invoiceId, userId, messageKey, args, link, clock.instant()));
  }

  void toRole(
      String key,
      long storeId,
      Long invoiceId,
      Role role,
      String messageKey,
      List<String> args,
      String link) {
    em.persist(
        OutboxMessage.toRole(
            key, storeId, invoiceId, role, messageKey, args, link, clock.instant()));
  }

  void toClient(
      String key,
      long storeId,
      Long invoiceId,
      String phone,
      String messageKey,
      List<String> args) {
    em.persist(
        OutboxMessage.toClient(key, storeId, invoiceId, phone, messageKey, args, clock.instant()));
  }
}
