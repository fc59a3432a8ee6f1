package org.storecrm.platform.internal.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.logging.Logger;
import org.storecrm.platform.DemoData;
import org.storecrm.platform.internal.PlatformSettings;

/**
 * After migrations: makes sure an administrator can log in, and seeds each module's demo data once
 * when demo data is switched on (by default only on the embedded database).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupData {
  private static final Logger LOG = Logger.getLogger(StartupData.class.getName());

  @Inject PlatformSettings settings;

  @Inject Instance<DemoData> demoData;
  @EJB StartupTransactions transactions;

  @PostConstruct
  void prepare() {
    if (settings.demoDataWanted()) {
      demoData.stream()
          .sorted(Comparator.comparingInt(DemoData::order))
          .forEach(transactions::seedOnce);
    }
    settings.initialAdminPassword().ifPresent(this::ensureAdministrator);
    if (!transactions.hasActiveAdministrator()) {
      LOG.warning(
          "No active administrator exists: set storecrm.admin.initial-password (environment"
              + " STORECRM_ADMIN_INITIAL_PASSWORD) to create the user 'admin'.");
    }
  }

  private void ensureAdministrator(String password) {
    try {
      transactions.ensureAdministrator(password);
    } catch (EJBException e) {
      // Another instance starting on the same empty database created it first.
      if (!transactions.hasActiveAdministrator()) {
        throw e;
      }
    }
  }
}
