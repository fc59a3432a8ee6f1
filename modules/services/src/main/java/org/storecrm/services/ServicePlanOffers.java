package org.storecrm.services;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;

/**
 * The service-plan offers left open after a sale, in the caller's store (another store's offer is
 * not found): the receipt and the installation job show them until the plan is sold, the customer
 * declines, or the device is returned.
 */
public interface ServicePlanOffers {
  /** Newest sale first; plans' reasons in the caller's language. */
  Page<PlanOfferView> find(@NotNull @Valid PlanOfferFilter filter, PageRequest page);

  PlanOfferView get(long id);

  /** The order's open offers, reasons in {@code locale} (the receipt's language). */
  List<PlanOfferView> openForOrder(long orderId, @NotNull Locale locale);

  /**
   * The customer said no: the offer closes. Consultants, technicians and managers; an offer no
   * longer open is a conflict.
   */
  PlanOfferView decline(long id);
}
