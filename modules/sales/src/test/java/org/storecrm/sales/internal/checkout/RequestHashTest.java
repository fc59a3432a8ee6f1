package org.storecrm.sales.internal.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storecrm.sales.ManagerApproval;
import org.storecrm.sales.NewOrder;
import org.storecrm.sales.OrderLineInput;
import org.storecrm.sales.PackSale;
import org.storecrm.sales.Payment;
import org.storecrm.sales.ReturnRequest;

class RequestHashTest {
  private static NewOrder order(long productId, int quantity, String discount, String password) {
    return new NewOrder(
        7L,
        List.of(
            OrderLineInput.of(
                productId, quantity, null, discount == null ? null : new BigDecimal(discount))),
        List.of(),
        Payment.CASH,
        null,
        null,
        null,
        null,
        password == null ? null : new ManagerApproval("manager", password));
  }

  @Test
  void theSameRequestHashesAlikeAndAmountsCountByValue() {
    assertThat(RequestHash.of(order(1, 1, "10", null)))
        .isEqualTo(RequestHash.of(order(1, 1, "10.00", null)))
        .hasSize(64);
  }

  @Test
  void anyDifferenceInWhatIsSoldChangesTheHash() {
    String first = RequestHash.of(order(1, 1, null, null));
    assertThat(RequestHash.of(order(2, 1, null, null))).isNotEqualTo(first);
    assertThat(RequestHash.of(order(1, 2, null, null))).isNotEqualTo(first);
    assertThat(RequestHash.of(order(1, 1, "5", null))).isNotEqualTo(first);
  }

  @Test
  void theApprovalCountsByItsManagerNotItsPassword() {
    assertThat(RequestHash.of(order(1, 1, null, "demo")))
        .isEqualTo(RequestHash.of(order(1, 1, null, "other")))
        .isNotEqualTo(RequestHash.of(order(1, 1, null, null)));
  }

  @Test
  void returnsHashTheirOrderLinesAndQuantities() {
    var one = new ReturnRequest(List.of(new ReturnRequest.Line(5L, 1)), "broken");
    assertThat(RequestHash.of(1, one)).isEqualTo(RequestHash.of(1, one));
    assertThat(RequestHash.of(2, one)).isNotEqualTo(RequestHash.of(1, one));
    assertThat(
            RequestHash.of(1, new ReturnRequest(List.of(new ReturnRequest.Line(5L, 2)), "broken")))
        .isNotEqualTo(RequestHash.of(1, one));
  }

  @Test
  void aPackSoldAfterAnotherSaleIsAnotherRequest() {
    assertThat(RequestHash.of(pack(null))).isEqualTo(RequestHash.of(pack(null)));
    assertThat(RequestHash.of(pack(41L)))
        .isNotEqualTo(RequestHash.of(pack(null)))
        .isNotEqualTo(RequestHash.of(pack(42L)));
  }

  private static PackSale pack(Long mainOrderId) {
    return new PackSale(
        null,
        3L,
        "Pack",
        new BigDecimal("99.00"),
        1,
        List.of(new PackSale.Component(5L, 1)),
        Payment.CASH,
        null,
        mainOrderId,
        null);
  }
}
