package org.storecrm.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A sale was placed: fired by the sales module, which owns it, inside the order's transaction after
 * the order's rows are written and before its stock is taken, for the modules above sales (services
 * turns sold plans into contracts, accounts raises the invoice of a credit sale). Observers
 * ({@code @Observes}) write in the same transaction: the sale and what follows from it commit
 * together, and an observer that throws refuses the sale.
 *
 * @param customerId null for an anonymous sale
 * @param accountId the business account, on an account-credit sale or a business client's sale
 * @param sellerId the staff member credited with the sale (a consultant, or a technician)
 * @param soldAt when it was sold; in the past for an imported sale
 * @param total what the customer owes for the whole order (CNY)
 * @param deposit what was paid of it at the counter (CNY; zero when nothing)
 * @param checklist the suggestions made at the counter and what became of them (services leaves a
 *     plan offer open for a device unless its plan was declined)
 */
public record OrderPlaced(
    long orderId,
    long storeId,
    Long customerId,
    Long accountId,
    long sellerId,
    Payment payment,
    Instant soldAt,
    BigDecimal total,
    BigDecimal deposit,
    List<Line> lines,
    List<ChecklistEntry> checklist) {

  public OrderPlaced {
    deposit = deposit == null ? BigDecimal.ZERO : deposit;
    lines = List.copyOf(lines);
    checklist = checklist == null ? List.of() : List.copyOf(checklist);
  }

  /**
   * @param lineId the id a return names
   * @param netAmount what the customer paid for the line (CNY)
   * @param serials the devices the line names, in the order given (empty when none)
   */
  public record Line(
      long lineId,
      int lineNo,
      long productId,
      Category category,
      int quantity,
      BigDecimal netAmount,
      List<String> serials) {
    public Line {
      serials = List.copyOf(serials);
    }
  }
}
