package org.storecrm.platform.internal.startup;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import org.storecrm.platform.DemoData;
import org.storecrm.platform.Languages;
import org.storecrm.platform.Role;
import org.storecrm.platform.internal.staff.PasswordHashing;
import org.storecrm.platform.internal.staff.UserAccount;

/** The start-up steps, each in a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StartupTransactions {
  private static final Logger LOG = Logger.getLogger(StartupTransactions.class.getName());
  static final String INITIAL_ADMIN = "admin";

  @PersistenceContext EntityManager em;
  @Inject PasswordHashing passwords;
  @Inject Clock clock;

  public void seedOnce(DemoData data) {
    if (em.find(DemoSeed.class, data.module()) != null) {
      return;
    }
    data.seed();
    em.persist(new DemoSeed(data.module(), clock.instant()));
    LOG.info(() -> "Demo data of " + data.module() + " seeded");
  }

  public void ensureAdministrator(String password) {
    if (!em.createQuery("select u.id from UserAccount u where u.username = :name", Long.class)
        .setParameter("name", INITIAL_ADMIN)
        .getResultList()
        .isEmpty()) {
      return;
    }
    em.persist(
        new UserAccount(
            INITIAL_ADMIN,
            passwords.hashChosenPassword(password, "storecrm.admin.initial-password"),
            "Administrator",
            Role.ADMIN,
            null,
            Languages.ENGLISH,
            clock.instant()));
    LOG.info("Initial administrator 'admin' created");
  }

  public boolean hasActiveAdministrator() {
    return em.createQuery(
                "select count(u) from UserAccount u where u.role = :role and u.active = true",
                Long.class)
            .setParameter("role", Role.ADMIN)
            .getSingleResult()
        > 0;
  }
}
