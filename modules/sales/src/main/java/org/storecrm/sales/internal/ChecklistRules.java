package org.storecrm.sales.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storecrm.sales.ChecklistAnswer;
import org.storecrm.sales.ChecklistOutcome;
import org.storecrm.sales.Suggestion;

/**
 * What an order records of its basket's advice: every suggestion with the consultant's answer, or
 * NOT_OFFERED. An answer to a code the advice no longer makes (a steer-up whose alternative sold
 * out since the screen asked) is ignored rather than refusing the sale; an ACCEPTED answer for a
 * product that is not in the order is recorded as OFFERED (it was offered, the sale does not show
 * it was taken).
 */
final class ChecklistRules {
  private ChecklistRules() {}

  /** One suggestion and the outcome recorded for it. */
  record Recorded(Suggestion suggestion, ChecklistOutcome outcome) {}

  static List<Recorded> record(
      List<Suggestion> advice, List<ChecklistAnswer> answers, Set<Long> productsInOrder) {
    Map<String, ChecklistOutcome> answered = new HashMap<>();
    for (ChecklistAnswer answer : answers) {
      answered.put(answer.code(), answer.outcome());
    }
    List<Recorded> recorded = new ArrayList<>();
    for (Suggestion suggestion : advice) {
      ChecklistOutcome outcome =
          answered.getOrDefault(suggestion.code(), ChecklistOutcome.NOT_OFFERED);
      if (outcome == ChecklistOutcome.ACCEPTED
          && suggestion.productId() != null
          && !productsInOrder.contains(suggestion.productId())) {
        outcome = ChecklistOutcome.OFFERED;
      }
      recorded.add(new Recorded(suggestion, outcome));
    }
    return recorded;
  }
}
