package org.storecrm.sales;

import java.util.Collection;

/**
 * What became of one suggestion at the counter. NOT_OFFERED is recorded by the system for every
 * suggestion the consultant did not answer (the "forgot to offer" failure made visible).
 */
public enum ChecklistOutcome {
  OFFERED,
  ACCEPTED,
  DECLINED,
  NOT_OFFERED;

  /**
   * What an order records for a suggestion, given the consultant's answer (null: none) and the
   * products of the order; the counter shows its checklist by the same rule. For a suggestion of a
   * catalogue product the order decides acceptance: ACCEPTED exactly when the product is in it,
   * whatever was answered (the consultant typed the memory card's SKU before the checklist was
   * answered: it was taken), and an ACCEPTED answer without it is OFFERED (it was offered, the sale
   * does not show it taken). Otherwise the answer, or NOT_OFFERED without one.
   */
  public static ChecklistOutcome recorded(
      Suggestion suggestion, ChecklistOutcome answer, Collection<Long> productsInOrder) {
    if (suggestion.productId() != null) {
      if (productsInOrder.contains(suggestion.productId())) {
        return ACCEPTED;
      }
      if (answer == ACCEPTED) {
        return OFFERED;
      }
    }
    return answer == null ? NOT_OFFERED : answer;
  }
}
