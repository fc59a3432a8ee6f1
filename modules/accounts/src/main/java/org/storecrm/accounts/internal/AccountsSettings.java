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
import org.storecrm.platform.InvalidSettingException;
import org.storecrm.sales.Category;

/**
 * The accounts module's numbers (docs/domain.md, "Business accounts"), from MicroProfile Config;
 * every default is written once, in config/microprofile-config.properties, which documents it.
 * Checked at start-up: a nonsensical value stops the deployment, naming the key and the value,
 * rather than a sweep at night.
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
    atLeast("storecrm.accounts.terms.store-credit-max-days", storeCreditMaxDays, 0);
    InvalidSettingException.require(
        businessMaxDays >= storeCreditMaxDays,
        "storecrm.accounts.terms.business-max-days",
        businessMaxDays,
        "at least storecrm.accounts.terms.store-credit-max-days (" + storeCreditMaxDays + ")");
    atLeast("storecrm.accounts.receivables.reminder-days-before", reminderDaysBefore, 0);
    atLeast("storecrm.accounts.receivables.handover-after-days", handoverAfterDays, 1);
    atLeast("storecrm.accounts.receivables.sweep-attempts", sweepAttempts, 1);
    atLeast("storecrm.accounts.outbox.max-attempts", outboxMaxAttempts, 1);
    atLeast("storecrm.accounts.outbox.retry-minutes", outboxRetryMinutes, 1);
    atLeast("storecrm.accounts.visits.cold-per-day", coldVisitsPerDay, 0);
    atLeast("storecrm.accounts.visits.prospect-revisit-days", prospectRevisitDays, 1);
    atLeast("storecrm.accounts.visits.client-days", clientVisitDays, 1);
    atLeast("storecrm.accounts.smb-scan.recent-days", smbRecentDays, 1);
    InvalidSettingException.require(
        smbLookbackDays >= smbRecentDays,
        "storecrm.accounts.smb-scan.lookback-days",
        smbLookbackDays,
        "at least storecrm.accounts.smb-scan.recent-days (" + smbRecentDays + ")");
    atLeast("storecrm.accounts.smb-scan.multi-unit-min", smbMultiUnitMin, 2);
    atLeast("storecrm.accounts.smb-scan.repeat-orders", smbRepeatOrders, 1);
    smbBusinessCategories();
  }

  private static void atLeast(String key, int value, int least) {
    InvalidSettingException.require(value >= least, key, value, least + " or more");
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
        throw new InvalidSettingException(
            "storecrm.accounts.smb-scan.business-categories",
            String.join(",", smbBusinessCategories),
            name.trim()
                + " is no catalogue category (one of "
                + Arrays.toString(Category.values())
                + ")",
            e);
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
