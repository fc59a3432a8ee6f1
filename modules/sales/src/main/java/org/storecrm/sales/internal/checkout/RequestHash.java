package org.storecrm.sales.internal.checkout;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.storecrm.sales.ChecklistAnswer;
import org.storecrm.sales.NewOrder;
import org.storecrm.sales.OrderLineInput;
import org.storecrm.sales.PackSale;
import org.storecrm.sales.ReturnRequest;

/**
 * The SHA-256 (hex) of a request's canonical form, kept with its idempotency key: the same key with
 * a different request is refused. Amounts count by value (10 and 10.00 are the same); a manager
 * approval counts by the approving user only (never the password).
 */
final class RequestHash {
  private RequestHash() {}

  static String of(NewOrder order) {
    StringBuilder text = new StringBuilder("order|");
    text.append(order.customerId()).append('|').append(order.payment()).append('|');
    text.append(order.accountId()).append('|').append(amount(order.deposit())).append('|');
    text.append(order.soldAt()).append('|').append(order.storeId()).append('|');
    text.append(order.managerApproval() == null ? null : order.managerApproval().username());
    for (OrderLineInput line : order.lines()) {
      text.append("|L").append(line.productId()).append(',').append(line.quantity());
      text.append(',').append(amount(line.unitPrice())).append(',').append(amount(line.discount()));
      if (!line.allSerials().isEmpty()) { // absent before lines named serials: hashes unchanged
        text.append(",S").append(String.join(";", line.allSerials()));
      }
    }
    for (ChecklistAnswer answer : order.checklist()) {
      text.append("|C").append(answer.code()).append(',').append(answer.outcome());
    }
    return sha256(text.toString());
  }

  static String of(PackSale pack) {
    StringBuilder text = new StringBuilder("pack|");
    text.append(pack.customerId()).append('|').append(pack.packId()).append('|');
    text.append(amount(pack.price())).append('|').append(pack.quantity()).append('|');
    text.append(pack.payment()).append('|').append(pack.storeId());
    if (pack.mainOrderId() != null) { // absent before packs named their main sale: hashes unchanged
      text.append("|M").append(pack.mainOrderId());
    }
    if (pack.accountId() != null) { // likewise absent before packs could be sold on credit
      text.append("|A").append(pack.accountId());
    }
    for (PackSale.Component component : pack.components()) {
      text.append("|P").append(component.productId()).append(',').append(component.quantity());
    }
    return sha256(text.toString());
  }

  static String of(long orderId, ReturnRequest request) {
    StringBuilder text = new StringBuilder("return|").append(orderId).append('|');
    text.append(request.reason());
    for (ReturnRequest.Line line : request.lines()) {
      text.append("|R").append(line.lineId()).append(',').append(line.quantity());
    }
    return sha256(text.toString());
  }

  private static String amount(BigDecimal value) {
    return value == null ? "null" : value.stripTrailingZeros().toPlainString();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
