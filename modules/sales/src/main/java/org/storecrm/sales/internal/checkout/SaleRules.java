package org.storecrm.sales.internal.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Money;
import org.storecrm.platform.Role;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.sales.CreditCheck;
import org.storecrm.sales.NewOrder;
import org.storecrm.sales.OrderLineInput;
import org.storecrm.sales.Payment;
import org.storecrm.sales.internal.DiscountPolicy;
import org.storecrm.sales.internal.SalesSettings;
import org.storecrm.sales.internal.catalogue.Product;

/**
 * The sale's own rules, checked by {@link OrderPlacement} while it builds an order: a line's
 * discount, the deposit, the discount limits (and a manager's approval beyond the consultant's),
 * and credit for a sale on account. The rules themselves are the static methods, without a server
 * ({@code SaleRulesTest}); the bean adds what they need from the request: the caller's roles, the
 * settings, the approving manager's password and the installed {@link CreditCheck}s.
 */
@ApplicationScoped
public class SaleRules {
  @Inject CurrentUser user;
  @Inject SalesSettings settings;
  @Inject ManagerApprovals approvals;
  @Inject Instance<CreditCheck> creditChecks;

  /**
   * Checks the biggest line discount against the limits; returns the approving manager, or null
   * when no approval was needed.
   */
  public String approveDiscount(
      BigDecimal worstDiscount, int worstLine, NewOrder input, long storeId) {
    boolean managerAuthority = user.hasRole(Role.MANAGER) || user.hasRole(Role.ADMIN);
    if (!needsApproval(
        settings.discountPolicy(),
        worstDiscount,
        worstLine,
        managerAuthority,
        input.managerApproval() != null)) {
      return null;
    }
    return approvals
        .verify(input.managerApproval(), storeId)
        .orElseThrow(
            () ->
                RuleViolationException.refused(
                    "sales.approvalInvalid",
                    "managerApproval",
                    "The approval needs the password of a manager of this store"));
  }

  /** A sale on account credit names its account and passes every installed credit check. */
  public void checkCredit(NewOrder input, long storeId, BigDecimal total) {
    checkCredit(input, storeId, total, creditChecks.stream().toList());
  }

  /**
   * The discount limits: true when a manager's approval (given, {@code approvalGiven}) must be
   * verified; refused beyond any limit, or beyond the consultant's limit without an approval.
   */
  static boolean needsApproval(
      DiscountPolicy policy,
      BigDecimal worstDiscount,
      int worstLine,
      boolean managerAuthority,
      boolean approvalGiven) {
    String field = "lines[" + worstLine + "].discount";
    switch (policy.judge(worstDiscount, managerAuthority)) {
      case ALLOWED:
        return false;
      case BEYOND_LIMIT:
        throw RuleViolationException.refused(
            "sales.discountBeyondLimit",
            field,
            "A discount of "
                + worstDiscount
                + " % is beyond any limit ("
                + policy.managerLimit()
                + " %)",
            Map.of("limit", policy.managerLimit()));
      default:
        if (!approvalGiven) {
          throw RuleViolationException.refused(
              "sales.discountNeedsApproval",
              field,
              "A discount of "
                  + worstDiscount
                  + " % is beyond your limit of "
                  + policy.consultantLimit()
                  + " %: a manager of the store must approve it",
              Map.of("limit", policy.consultantLimit()));
        }
        return true;
    }
  }

  /**
   * Credit for a sale on account: it names the account, a credit check is installed (none: credit
   * is not available), and every check approves the total.
   */
  static void checkCredit(
      NewOrder input, long storeId, BigDecimal total, List<CreditCheck> checks) {
    if (input.payment() != Payment.ACCOUNT_CREDIT) {
      return;
    }
    if (input.accountId() == null) {
      throw RuleViolationException.refused(
          "sales.accountRequired", "accountId", "A sale on credit names the business account");
    }
    if (checks.isEmpty()) {
      throw RuleViolationException.refused(
          "sales.creditUnavailable",
          "payment",
          "Sales on account credit are not available: no credit check is installed");
    }
    for (CreditCheck check : checks) {
      CreditCheck.Decision decision = check.check(input.accountId(), storeId, Money.of(total));
      if (!decision.approved()) {
        throw RuleViolationException.refused(
            "sales.creditRefused",
            "accountId",
            "Credit refused: " + decision.reason(),
            Map.of("reason", decision.reason() == null ? "" : decision.reason()));
      }
    }
  }

  /** The deposit paid at the counter: at most the order's total; none is zero. */
  static BigDecimal deposit(BigDecimal deposit, BigDecimal total) {
    if (deposit == null) {
      return LinePricing.money(BigDecimal.ZERO);
    }
    if (deposit.compareTo(total) > 0) {
      throw RuleViolationException.refused(
          "sales.depositTooHigh", "deposit", "The deposit is more than the order total");
    }
    return LinePricing.money(deposit);
  }

  /**
   * A line's price: the list price unless the line names one, less its discount, which may not be
   * more than the line is worth.
   */
  static LinePricing.Priced price(Product product, OrderLineInput line, int index) {
    BigDecimal unit = line.unitPrice() == null ? product.price() : line.unitPrice();
    BigDecimal discount = line.discount() == null ? BigDecimal.ZERO : line.discount();
    if (discount.compareTo(unit.multiply(BigDecimal.valueOf(line.quantity()))) > 0) {
      throw RuleViolationException.refused(
          "sales.discountExceedsLine",
          "lines[" + index + "].discount",
          "The discount is more than the line is worth");
    }
    return LinePricing.price(product.price(), product.cost(), line.quantity(), unit, discount);
  }
}
