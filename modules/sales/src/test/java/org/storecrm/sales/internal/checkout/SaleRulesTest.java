package org.storecrm.sales.internal.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.sales.CreditCheck;
import org.storecrm.sales.NewOrder;
import org.storecrm.sales.OrderLineInput;
import org.storecrm.sales.Payment;
import org.storecrm.sales.internal.DiscountPolicy;
import org.storecrm.sales.internal.catalogue.Product;

class SaleRulesTest {
  private static final DiscountPolicy POLICY =
      new DiscountPolicy(new BigDecimal("5"), new BigDecimal("20"));

  private static Product product(String price, String cost) {
    Product product = new Product("TEST-1");
    product.describe(
        "Test product",
        null,
        null,
        null,
        new BigDecimal(price),
        new BigDecimal(cost),
        null,
        null,
        null,
        null);
    return product;
  }

  private static NewOrder order(Payment payment, Long accountId) {
    return new NewOrder(
        null,
        List.of(OrderLineInput.of(1, 1, null, null)),
        List.of(),
        payment,
        accountId,
        null,
        null,
        null,
        null);
  }

  private static void refused(Runnable rule, String key, String field) {
    assertThatThrownBy(rule::run)
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo(key);
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.kind()).isEqualTo(RuleViolationException.Kind.REFUSED);
            });
  }

  @Test
  void aLineIsPricedAtListLessItsDiscountButNeverBelowNothing() {
    Product phone = product("1000.00", "700.00");
    LinePricing.Priced priced =
        SaleRules.price(phone, OrderLineInput.of(1, 2, null, new BigDecimal("100")), 0);
    assertThat(priced.net()).isEqualByComparingTo("1900.00");
    // The line's own unit price replaces the list price.
    assertThat(
            SaleRules.price(phone, OrderLineInput.of(1, 1, new BigDecimal("950"), null), 0).net())
        .isEqualByComparingTo("950.00");
    // A discount exactly the line's worth is allowed; a cent more is refused at that line.
    assertThat(
            SaleRules.price(phone, OrderLineInput.of(1, 2, null, new BigDecimal("2000")), 0).net())
        .isEqualByComparingTo("0.00");
    refused(
        () -> SaleRules.price(phone, OrderLineInput.of(1, 2, null, new BigDecimal("2000.01")), 3),
        "sales.discountExceedsLine",
        "lines[3].discount");
  }

  @Test
  void theDepositIsAtMostTheTotalAndNoneIsZero() {
    assertThat(SaleRules.deposit(null, new BigDecimal("100"))).isEqualByComparingTo("0.00");
    BigDecimal all = SaleRules.deposit(new BigDecimal("100"), new BigDecimal("100"));
    assertThat(all).isEqualByComparingTo("100.00");
    assertThat(all.scale()).isEqualTo(2);
    refused(
        () -> SaleRules.deposit(new BigDecimal("100.01"), new BigDecimal("100")),
        "sales.depositTooHigh",
        "deposit");
  }

  @Test
  void aDiscountWithinTheConsultantsLimitNeedsNoApproval() {
    assertThat(SaleRules.needsApproval(POLICY, new BigDecimal("5"), 0, false, false)).isFalse();
    assertThat(SaleRules.needsApproval(POLICY, new BigDecimal("20"), 0, true, false)).isFalse();
  }

  @Test
  void beyondTheConsultantsLimitAManagerMustApprove() {
    refused(
        () -> SaleRules.needsApproval(POLICY, new BigDecimal("5.01"), 2, false, false),
        "sales.discountNeedsApproval",
        "lines[2].discount");
    assertThat(SaleRules.needsApproval(POLICY, new BigDecimal("5.01"), 2, false, true)).isTrue();
  }

  @Test
  void beyondTheManagersLimitNobodyMayApprove() {
    refused(
        () -> SaleRules.needsApproval(POLICY, new BigDecimal("20.01"), 1, true, true),
        "sales.discountBeyondLimit",
        "lines[1].discount");
    refused(
        () -> SaleRules.needsApproval(POLICY, new BigDecimal("30"), 1, false, true),
        "sales.discountBeyondLimit",
        "lines[1].discount");
  }

  @Test
  void creditIsCheckedOnlyForASaleOnAccount() {
    List<Long> asked = new ArrayList<>();
    CreditCheck refusing =
        (account, store, amount) -> {
          asked.add(account);
          return CreditCheck.Decision.refuse("credit hold");
        };
    SaleRules.checkCredit(order(Payment.CASH, null), 1, BigDecimal.TEN, List.of(refusing));
    assertThat(asked).isEmpty();
  }

  @Test
  void aSaleOnAccountNamesTheAccountAndNeedsACreditCheck() {
    refused(
        () ->
            SaleRules.checkCredit(
                order(Payment.ACCOUNT_CREDIT, null),
                1,
                BigDecimal.TEN,
                List.of((a, s, m) -> CreditCheck.Decision.approve())),
        "sales.accountRequired",
        "accountId");
    refused(
        () ->
            SaleRules.checkCredit(order(Payment.ACCOUNT_CREDIT, 7L), 1, BigDecimal.TEN, List.of()),
        "sales.creditUnavailable",
        "payment");
  }

  @Test
  void everyCreditCheckMustApproveTheTotal() {
    List<String> asked = new ArrayList<>();
    CreditCheck approving =
        (account, store, amount) -> {
          asked.add(account + "@" + store + ":" + amount.amount());
          return CreditCheck.Decision.approve();
        };
    SaleRules.checkCredit(
        order(Payment.ACCOUNT_CREDIT, 7L), 3, new BigDecimal("12.50"), List.of(approving));
    assertThat(asked).hasSize(1);
    assertThat(asked.get(0)).startsWith("7@3:12.5");
    assertThatThrownBy(
            () ->
                SaleRules.checkCredit(
                    order(Payment.ACCOUNT_CREDIT, 7L),
                    3,
                    BigDecimal.TEN,
                    List.of(approving, (a, s, m) -> CreditCheck.Decision.refuse("credit hold"))))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("sales.creditRefused");
              assertThat(e.details()).containsEntry("reason", "credit hold");
            });
  }
}
