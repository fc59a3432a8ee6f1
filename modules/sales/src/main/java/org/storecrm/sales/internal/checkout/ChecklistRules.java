package org.storecrm.sales.internal.checkout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storecrm.sales.ChecklistAnswer;
import org.storecrm.sales.ChecklistOutcome;
import org.storecrm.sales.Suggestion;

/**
 * What an order records of its basket's advice: every suggestion with its outcome by {@link
 * ChecklistOutcome#recorded} (a suggested product in the order is ACCEPTED, an ACCEPTED answer
 * without it OFFERED, no answer NOT_OFFERED). An answer to a code the advice no longer makes (a
 * steer-up whose alternative sold out since the screen asked) is ignored rather than refusing the
 * sale.
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
      recorded.add(
          new Recorded(
              suggestion,
              ChecklistOutcome.recorded(
                  suggestion, answered.get(suggestion.code()), productsInOrder)));
    }
    return recorded;
  }
}
