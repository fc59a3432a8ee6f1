package org.storecrm.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The decisions that move a customer between classification levels, each kept in the card's history
 * with its reason: base promotion when the criteria hold, VIP by a manager, a lost sale (won back
 * by grading the customer again).
 */
public interface Classifications {
  /**
   * Refused unless the customer is potential and the card is complete, they were reached at least
   * once and a contact plan (an open follow-up) exists; {@link CustomerCard#promotableToBase()}
   * says whether it is offered.
   */
  CustomerCard promoteToBase(long customerId, @NotNull @Valid BasePromotion promotion);

  /** A manager grants VIP; the customer's consultant then owes them a monthly contact. */
  CustomerCard grantVip(long customerId, @NotNull @Valid StatusChange grant);

  /** The customer becomes a lost base customer; open grade follow-ups are cancelled. */
  CustomerCard recordLostSale(long customerId, @NotNull @Valid LostSaleReport report);

  /**
   * One of the customer's wishes was lost while another is still open (an opportunity lost, a
   * second one going on): the loss is kept for the lost-sale analysis, and the customer keeps their
   * grade, classification and follow-ups.
   */
  CustomerCard recordLostSaleStillInterested(
      long customerId, @NotNull @Valid LostSaleReport report);

  /** Changes of classification and grade, newest first. */
  List<HistoryEntry> history(long customerId);

  List<OwnedProduct> ownedProducts(long customerId);

  /** The maintained lost-sale reasons; inactive ones stay on old records only. */
  List<LostReason> lostReasons(boolean includeInactive);

  LostReason addLostReason(@NotNull @Valid NewLostReason reason);

  LostReason setLostReasonActive(long reasonId, boolean active);
}
