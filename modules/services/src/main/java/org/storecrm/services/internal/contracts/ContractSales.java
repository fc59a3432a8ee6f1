package org.storecrm.services.internal.contracts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.storecrm.sales.Category;
import org.storecrm.sales.OrderPlaced;
import org.storecrm.sales.OrderReturned;

/**
 * Sales and returns in their own transactions: a sold plan line becomes a contract per device; a
 * returned plan cancels its contracts (refunded as {@link PlanReturnPricing} priced the return); a
 * returned device ends the contracts covering it.
 */
@ApplicationScoped
public class ContractSales {
  @Inject ContractBook book;

  void placed(@Observes OrderPlaced sale) {
    Map<Long, ServicePlanRecord> plans =
        book.plansByProduct(
            sale.lines().stream()
                .filter(l -> l.category() == Category.SERVICE)
                .map(OrderPlaced.Line::productId)
                .toList());
    if (plans.isEmpty()) {
      return;
    }
    List<ContractBook.SoldPlan> sold =
        sale.lines().stream()
            .filter(l -> plans.containsKey(l.productId()) && !l.serials().isEmpty())
            .map(
                l ->
                    new ContractBook.SoldPlan(
                        l.lineId(), l.productId(), l.netAmount(), l.serials()))
            .toList();
    book.record(
        sale.orderId(),
        sale.storeId(),
        sale.customerId(),
        sale.accountId(),
        sale.sellerId(),
        sale.soldAt(),
        sold);
  }

  void returned(@Observes OrderReturned ret) {
    Map<Long, ServicePlanRecord> plans =
        book.plansByProduct(
            ret.lines().stream()
                .filter(l -> l.category() == Category.SERVICE)
                .map(OrderReturned.Line::productId)
                .toList());
    for (OrderReturned.Line line : ret.lines()) {
      if (plans.containsKey(line.productId())) {
        book.cancel(line.lineId(), line.quantity(), line.wholeLineReturned(), ret.returnedAt());
      }
    }
    for (OrderReturned.Line line : ret.lines()) {
      if (line.category() != null && line.category().isMainProduct()) {
        for (String serial : returnedSerials(line)) {
          book.endDevice(serial, ret.returnedAt());
        }
      }
    }
  }

  /**
   * The serials of the devices that came back: all of a line nothing is left of, else the last ones
   * named (a return names quantities, not serials).
   */
  static List<String> returnedSerials(OrderReturned.Line line) {
    List<String> serials = line.serials();
    if (line.wholeLineReturned() || serials.size() <= line.quantity()) {
      return serials;
    }
    return serials.subList(serials.size() - line.quantity(), serials.size());
  }
}
