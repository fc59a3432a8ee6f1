package org.storecrm.sales.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.storecrm.platform.InvalidSettingException;
import org.storecrm.platform.Role;
import org.storecrm.sales.PricingRole;
import org.storecrm.sales.SlowSellerRule;

/**
 * The sales rules' numbers, from MicroProfile Config; every default is written once, in
 * config/microprofile-config.properties, which documents it. Checked at start-up: a commission
 * schedule that does not parse or a limit out of range stops the deployment, naming the key and the
 * value, rather than the first checkout or commission report.
 */
@ApplicationScoped
public class SalesSettings {
  @Inject
  @ConfigProperty(name = "storecrm.sales.discount-limit.consultant")
  BigDecimal consultantDiscountLimit;

  @Inject
  @ConfigProperty(name = "storecrm.sales.discount-limit.manager")
  BigDecimal managerDiscountLimit;

  @Inject
  @ConfigProperty(name = "storecrm.sales.pricing-mix.traffic")
  BigDecimal trafficShare;

  @Inject
  @ConfigProperty(name = "storecrm.sales.pricing-mix.mainstream")
  BigDecimal mainstreamShare;

  @Inject
  @ConfigProperty(name = "storecrm.sales.pricing-mix.resource")
  BigDecimal resourceShare;

  @Inject
  @ConfigProperty(name = "storecrm.sales.steer-up.alternatives")
  int steerUpAlternatives;

  @Inject
  @ConfigProperty(name = "storecrm.sales.introduction-days")
  int introductionDays;

  @Inject
  @ConfigProperty(name = "storecrm.sales.commission.consultant")
  String consultantCommission;

  @Inject
  @ConfigProperty(name = "storecrm.sales.commission.customer-manager")
  String customerManagerCommission;

  @Inject
  @ConfigProperty(name = "storecrm.sales.commission.marketing-manager")
  String marketingManagerCommission;

  @Inject
  @ConfigProperty(name = "storecrm.sales.import.max-rows")
  int importMaxRows;

  @Inject
  @ConfigProperty(name = "storecrm.sales.pack-after-sale.days")
  int packAfterSaleDays;

  @Inject
  @ConfigProperty(name = "storecrm.sales.checkout.confirm-unanswered")
  boolean confirmUnanswered;

  @Inject
  @ConfigProperty(name = "storecrm.sales.checkout.checklist-sheet")
  String checklistSheetView;

  @Inject
  @ConfigProperty(name = "storecrm.sales.slow-seller.days")
  int slowSellerDays;

  @Inject
  @ConfigProperty(name = "storecrm.sales.slow-seller.max-units")
  int slowSellerMaxUnits;

  void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    validate();
  }

  void validate() {
    for (Role role : List.of(Role.CONSULTANT, Role.MANAGER, Role.ACCOUNT_MANAGER)) {
      commissionSchedule(role);
    }
    percentage("storecrm.sales.discount-limit.consultant", consultantDiscountLimit);
    percentage("storecrm.sales.discount-limit.manager", managerDiscountLimit);
    InvalidSettingException.require(
        managerDiscountLimit.compareTo(consultantDiscountLimit) >= 0,
        "storecrm.sales.discount-limit.manager",
        managerDiscountLimit,
        "at least storecrm.sales.discount-limit.consultant (" + consultantDiscountLimit + ")");
    percentage("storecrm.sales.pricing-mix.traffic", trafficShare);
    percentage("storecrm.sales.pricing-mix.mainstream", mainstreamShare);
    percentage("storecrm.sales.pricing-mix.resource", resourceShare);
    atLeast("storecrm.sales.steer-up.alternatives", steerUpAlternatives, 0);
    atLeast("storecrm.sales.introduction-days", introductionDays, 0);
    atLeast("storecrm.sales.import.max-rows", importMaxRows, 1);
    atLeast("storecrm.sales.pack-after-sale.days", packAfterSaleDays, 0);
    atLeast("storecrm.sales.slow-seller.days", slowSellerDays, 1);
    atLeast("storecrm.sales.slow-seller.max-units", slowSellerMaxUnits, 0);
  }

  private static void percentage(String key, BigDecimal value) {
    InvalidSettingException.require(
        value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0,
        key,
        value,
        "a percentage from 0 to 100");
  }

  private static void atLeast(String key, int value, int least) {
    InvalidSettingException.require(value >= least, key, value, least + " or more");
  }

  /** The most product rows one catalogue import takes (it is one transaction). */
  public int importMaxRows() {
    return importMaxRows;
  }

  public SlowSellerRule slowSellerRule() {
    return new SlowSellerRule(slowSellerDays, slowSellerMaxUnits);
  }

  /**
   * The commission schedule of a role: store sales consultants (and service staff, who also sell
   * accessories and cards) by the consultant schedule, the store manager as the store's customer
   * manager, business account managers by the marketing-manager schedule.
   */
  public CommissionSchedule commissionSchedule(Role role) {
    return switch (role) {
      case MANAGER -> schedule("customer-manager", customerManagerCommission);
      case ACCOUNT_MANAGER -> schedule("marketing-manager", marketingManagerCommission);
      default -> schedule("consultant", consultantCommission);
    };
  }

  private static CommissionSchedule schedule(String name, String text) {
    try {
      return CommissionSchedule.parse(name, text);
    } catch (IllegalArgumentException e) { // a NumberFormatException too
      throw new InvalidSettingException(
          "storecrm.sales.commission." + name,
          text,
          "threshold:rate pairs in percent, thresholds from 0 rising strictly, rates 0-100 ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  /** Read through a method: a field of this bean read from outside is the client proxy's. */
  public int introductionDays() {
    return introductionDays;
  }

  public DiscountPolicy discountPolicy() {
    return new DiscountPolicy(consultantDiscountLimit, managerDiscountLimit);
  }

  public Map<PricingRole, BigDecimal> pricingMixTarget() {
    return Map.of(
        PricingRole.TRAFFIC, trafficShare,
        PricingRole.MAINSTREAM, mainstreamShare,
        PricingRole.RESOURCE, resourceShare);
  }

  /** How many days after a main sale a gift pack sold after it still counts for it. */
  public int packAfterSaleDays() {
    return packAfterSaleDays;
  }

  public int steerUpAlternatives() {
    return steerUpAlternatives;
  }

  /** Whether the counter asks about the checklist entries left unanswered before completing. */
  public boolean confirmUnanswered() {
    return confirmUnanswered;
  }

  /** The page printing a main product's checklist sheet; blank for no link. */
  public String checklistSheetView() {
    return checklistSheetView;
  }
}
