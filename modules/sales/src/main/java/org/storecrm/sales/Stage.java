package org.storecrm.sales;

/**
 * The stages of the sales funnel (销售漏斗) in order, and LOST, which any open stage may end in.
 * Skipping forward is allowed (a walk-in who buys at once goes from lead to ordered).
 */
public enum Stage {
  LEAD,
  CONTACTED,
  VISITED,
  QUOTED,
  ORDERED,
  DELIVERED,
  LOST;

  /** The stages of the way to delivery, without LOST. */
  public static final java.util.List<Stage> PATH =
      java.util.List.of(LEAD, CONTACTED, VISITED, QUOTED, ORDERED, DELIVERED);

  /** The stage after this one on the way to delivery; null once delivered or lost. */
  public Stage next() {
    return this == DELIVERED || this == LOST ? null : PATH.get(ordinal() + 1);
  }

  /** Delivered and lost opportunities are closed: they move no more. */
  public boolean isOpen() {
    return this != DELIVERED && this != LOST;
  }
}
