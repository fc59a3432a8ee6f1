package org.storecrm.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.storecrm.sales.Category;

/**
 * The accounts module's numbers (docs/domain.md, "Business accounts"), from MicroProfile Config;
 * every default is written once, in config/microprofile-config.properties, which documents it.
 * Checked at start-up: a nonsensical value stops the application rather than a sweep at night.
 */
@ApplicationScoped
public class AccountsSettings {
  @Inject
  @ConfigProperty(name = "storecrm.accounts.terms.store-credit-max-days")
  int storeCreditMaxDays;

  @Inject
  @ConfigProperty(name = "storecrm.accounts.terms.business-max-days")
  int businessMaxDays;

  @Inject
  @ConfigProperty(name = "storecrm.accounts.receivables.reminder-days-before")
  int reminderDaysBefore;

  @Inject
  @ConfigProperty(name = "storecrm.accounts.receivables.handover-after-days")
  int handoverAfterDays;

  @Inject
  @ConfigProperty(name = "storecrm.accounts.receivables.sweep-attempts")
  int sweepAttempts;

  @Inject
  @ConfigProperty(name = "storecrm.accounts.outbox.max-attempts")
  int outboxMaxAttempts;

  @Inject
  @ConfigProperty(name = "storecrm.accounts.outbox.retry-minutes")
  int outboxRetryMinutes;

  @Inject
  @ConfigProperty(name = "storecrm.accounts.visits.cold-per-day")
  int coldVisitsPerDay;

  @Inject
  @ConfigProperty(name = "storecrm.accounts.visits.prospect-revisit-days")
  int prospectRevisitDays;

  @Inject
  @ConfigProperty(name = "storecrm.accounts.visits.client-days")
  int clientVisitDays;

  @Inject
  @ConfigProperty(name = "storecrm.accounts.smb-scan.recent-days")
  int smbRecentDays;

  @Inject
  @ConfigProperty(name = "storecrm.accounts.smb-scan.lookback-days")
  int smbLookbackDays;

  @Inject
  @ConfigProperty(name = "storecrm.accounts.smb-scan.business-categories")
  List<String> smbBusinessCategories;

  @Inject
  @ConfigProperty(name = "storecrm.accounts.smb-scan.multi-unit-min")
  int smbMultiUnitMin;

  @Inject
  @ConfigProperty(name = "storecrm.accounts.smb-scan.repeat-orders")
  int smbRepeatOrders;

  @Inject
  @ConfigProperty(name = "storecrm.accounts.smb-scan.company-customers")
  boolean smbCompanyCustomers;

  void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    validate();
  }

  void validate() {
    require(storeCreditMaxDays >= 0, "storecrm.accounts.terms.store-credit-max-days >= 0");
    require(
        businessMaxDays >= storeCreditMaxDays,
        "storecrm.accounts.terms.business-max-days >= store-credit-max-days");
    require(reminderDaysBefore >= 0, "storecrm.accounts.receivables.reminder-days-before >= 0");
    require(handoverAfterDays >= 1, "storecrm.accounts.receivables.handover-after-days >= 1");
    require(sweepAttempts >= 1, "storecrm.accounts.receivables.sweep-attempts >= 1");
    require(outboxMaxAttempts >= 1, "storecrm.accounts.outbox.max-attempts >= 1");
    require(outboxRetryMinutes >= 1, "storecrm.accounts.outbox.retry-minutes >= 1");
    require(coldVisitsPerDay >= 0, "storecrm.accounts.visits.cold-per-day >= 0");
    require(prospectRevisitDays >= 1, "storecrm.accounts.visits.prospect-revisit-days >= 1");
    require(clientVisitDays >= 1, "storecrm.accounts.visits.client-days >= 1");
    require(smbRecentDays >= 1, "storecrm.accounts.smb-scan.recent-days >= 1");
    require(
        smbLookbackDays >= smbRecentDays,
        "storecrm.accounts.smb-scan.lookback-days >= smb-scan.recent-days");
    require(smbMultiUnitMin >= 2, "storecrm.accounts.smb-scan.multi-unit-min >= 2");
    require(smbRepeatOrders >= 1, "storecrm.accounts.smb-scan.repeat-orders >= 1");
    smbBusinessCategories();
  }

  private static void require(boolean holds, String rule) {
    if (!holds) {
      throw new IllegalStateException("Invalid setting: " + rule);
    }
  }

  /** The longest payment term an account may have: store credit without an account manager. */
  public int maxTermDays(boolean businessAccount) {
    return businessAccount ? businessMaxDays : storeCreditMaxDays;
  }

  public int reminderDaysBefore() {
    return reminderDaysBefore;
  }

  public int handoverAfterDays() {
    return handoverAfterDays;
  }

  public int sweepAttempts() {
    return sweepAttempts;
  }

  public int outboxMaxAttempts() {
    return outboxMaxAttempts;
  }

  public int coldVisitsPerDay() {
    return coldVisitsPerDay;
  }

  public int prospectRevisitDays() {
    return prospectRevisitDays;
  }

  public int clientVisitDays() {
    return clientVisitDays;
  }

  public int outboxRetryMinutes() {
    return outboxRetryMinutes;
  }

  /** The weekly scan's recent window: it lists buyers who bought within these days. */
  public int smbRecentDays() {
    return smbRecentDays;
  }

  /** The weekly scan's look-back window, over which repeated multi-unit purchases count. */
  public int smbLookbackDays() {
    return smbLookbackDays;
  }

  /** The categories a business buys several of at once (a setting of category names). */
  public Set<Category> smbBusinessCategories() {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    for (String name : smbBusinessCategories) {
      try {
        categories.add(Category.valueOf(name.trim()));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "Invalid setting: storecrm.accounts.smb-scan.business-categories names no category "
                + name
                + " (one of "
                + Arrays.toString(Category.values())
                + ")");
      }
    }
    return categories;
  }

  /** Units of business categories in one order that make it a multi-unit purchase. */
  public int smbMultiUnitMin() {
    return smbMultiUnitMin;
  }

  /** Multi-unit purchases over the look-back window that list any customer. */
  public int smbRepeatOrders() {
    return smbRepeatOrders;
  }

  /** Whether a company customer who bought recently is listed for that alone. */
  public boolean smbCompanyCustomers() {
    return smbCompanyCustomers;
  }
}
