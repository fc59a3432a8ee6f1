package org.storecrm.services.internal.contracts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.storecrm.sales.Category;
import org.storecrm.sales.ReturnPricing;

/** A returned plan is refunded pro rata over the part of its term its contracts did not use. */
@ApplicationScoped
public class PlanReturnPricing implements ReturnPricing {
  @Inject ContractBook book;

  @Override
  public Optional<BigDecimal> refund(Returned returned) {
    if (returned.category() != Category.SERVICE
        || book.plansByProduct(List.of(returned.productId())).isEmpty()) {
      return Optional.empty();
    }
    return book.refund(
        returned.lineId(), returned.quantity(), returned.wholeLine(), returned.returnedAt());
  }
}
