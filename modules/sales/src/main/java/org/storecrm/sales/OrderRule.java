package org.storecrm.sales;

import java.util.List;

/**
 * A rule a module above sales adds to checkout (services: a plan needs the serial of an eligible
 * device). Sales asks every implementation (CDI beans) in the order's transaction before anything
 * is written; the first refusal refuses the order (422 with its key, at its field), so the reason
 * shows next to the field on the counter and in the API's problem.
 */
public interface OrderRule {
  /** The reasons this order may not be placed; none when it may. */
  List<Refusal> check(Draft order);

  /** The order as the rules see it. */
  record Draft(long storeId, Long customerId, Long accountId, List<Line> lines) {
    public Draft {
      lines = List.copyOf(lines);
    }
  }

  /**
   * One line of the order.
   *
   * @param index the line's position in the request (its field is {@code lines[index]})
   * @param serials the devices the line names ({@code serial} then {@code serials})
   */
  record Line(int index, long productId, Category category, int quantity, List<String> serials) {
    public Line {
      serials = List.copyOf(serials);
    }
  }

  /**
   * Why the order may not be placed.
   *
   * @param field the request's field, e.g. {@code lines[1].serial}
   * @param messageKey the rule's message key (the problem's {@code code})
   * @param message the reason in the caller's language
   */
  record Refusal(String field, String messageKey, String message) {}
}
