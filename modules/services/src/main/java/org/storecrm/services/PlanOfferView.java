package org.storecrm.services;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A device sold without a plan, and the plans still offered for it.
 *
 * @param deviceProductId the device's catalogue product
 * @param plans the plans that fitted the device at the sale and are still on sale, by plan code
 * @param closedBy the user who closed it: declined it, sold the plan or took the device back
 */
public record PlanOfferView(
    long id,
    long storeId,
    long orderId,
    long orderLineId,
    String serial,
    Long customerId,
    long deviceProductId,
    Instant soldAt,
    PlanOfferStatus status,
    Instant closedAt,
    String closedBy,
    List<Plan> plans,
    long version) {

  public PlanOfferView {
    plans = List.copyOf(plans);
  }

  /**
   * A plan offered for the device with the reason to buy it today.
   *
   * @param productId the catalogue product the counter sells
   * @param perDay its price per day of cover from today (CNY)
   * @param reason the talking point in the language asked for (price per day, repair without it)
   */
  public record Plan(
      String code,
      String name,
      long productId,
      BigDecimal price,
      BigDecimal perDay,
      Integer termMonths,
      String reason) {}
}
