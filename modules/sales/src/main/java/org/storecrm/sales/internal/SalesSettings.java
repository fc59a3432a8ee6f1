package org.storecrm.sales.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.storecrm.platform.Role;
import org.storecrm.sales.PricingRole;
import org.storecrm.sales.SlowSellerRule;

/**
 * The sales rules' numbers, from MicroProfile Config (documented in
 * microprofile-config.properties).
 */
@ApplicationScoped
public class SalesSettings {
  @Inject
  @ConfigProperty(name = "storecrm.sales.discount-limit.consultant", defaultValue = "5")
  BigDecimal consultantDiscountLimit;

  @Inject
  @ConfigProperty(name = "storecrm.sales.discount-limit.manager", defaultValue = "20")
  BigDecimal managerDiscountLimit;

  @Inject
  @ConfigProperty(name = "storecrm.sales.pricing-mix.traffic", defaultValue = "15")
  BigDecimal trafficShare;

  @Inject
  @ConfigProperty(name = "storecrm.sales.pricing-mix.mainstream", defaultValue = "60")
  BigDecimal mainstreamShare;

  @Inject
  @ConfigProperty(name = "storecrm.sales.pricing-mix.resource", defaultValue = "25")
  BigDecimal resourceShare;

  @Inject
  @ConfigProperty(name = "storecrm.sales.steer-up.alternatives", defaultValue = "3")
  int steerUpAlternatives;

  @Inject
  @ConfigProperty(name = "storecrm.sales.introduction-days", defaultValue = "14")
  int introductionDays;

  @Inject
  @ConfigProperty(name = "storecrm.sales.commission.consultant", defaultValue = "0:5,100:10")
  String consultantCommission;

  @Inject
  @ConfigProperty(
      name = "storecrm.sales.commission.customer-manager",
      defaultValue = "0:10,100:15,120:20")
  String customerManagerCommission;

  @Inject
  @ConfigProperty(
      name = "storecrm.sales.commission.marketing-manager",
      defaultValue = "0:10,100:20,120:30")
  String marketingManagerCommission;

  @Inject
  @ConfigProperty(name = "storecrm.sales.import.max-rows", defaultValue = "10000")
  int importMaxRows;

  @Inject
  @ConfigProperty(name = "storecrm.sales.pack-after-sale.days", defaultValue = "7")
  int packAfterSaleDays;

  @Inject
  @ConfigProperty(name = "storecrm.sales.checkout.confirm-unanswered", defaultValue = "true")
  boolean confirmUnanswered;

  @Inject
  @ConfigProperty(
      name = "storecrm.sales.checkout.checklist-sheet",
      defaultValue = "/bundles/checklist-print.xhtml")
  String checklistSheetView;

  @Inject
  @ConfigProperty(name = "storecrm.sales.slow-seller.days", defaultValue = "60")
  int slowSellerDays;

  @Inject
  @ConfigProperty(name = "storecrm.sales.slow-seller.max-units", defaultValue = "2")
  int slowSellerMaxUnits;

  /** The most product rows one catalogue import takes (it is one transaction). */
  int importMaxRows() {
    return Math.max(1, importMaxRows);
  }

  SlowSellerRule slowSellerRule() {
    return new SlowSellerRule(Math.max(1, slowSellerDays), Math.max(0, slowSellerMaxUnits));
  }

  /**
   * The commission schedule of a role: store sales consultants (and service staff, who also sell
   * accessories and cards) by the consultant schedule, the store manager as the store's customer
   * manager, business account managers by the marketing-manager schedule.
   */
  CommissionSchedule commissionSchedule(Role role) {
    return switch (role) {
      case MANAGER -> CommissionSchedule.parse("customer-manager", customerManagerCommission);
      case ACCOUNT_MANAGER ->
          CommissionSchedule.parse("marketing-manager", marketingManagerCommission);
      default -> CommissionSchedule.parse("consultant", consultantCommission);
    };
  }

  /** Read through a method: a field of this bean read from outside is the client proxy's. */
  int introductionDays() {
    return introductionDays;
  }

  DiscountPolicy discountPolicy() {
    return new DiscountPolicy(consultantDiscountLimit, managerDiscountLimit);
  }

  Map<PricingRole, BigDecimal> pricingMixTarget() {
    return Map.of(
        PricingRole.TRAFFIC, trafficShare,
        PricingRole.MAINSTREAM, mainstreamShare,
        PricingRole.RESOURCE, resourceShare);
  }

  /** How many days after a main sale a gift pack sold after it still counts for it. */
  int packAfterSaleDays() {
    return Math.max(0, packAfterSaleDays);
  }

  int steerUpAlternatives() {
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
