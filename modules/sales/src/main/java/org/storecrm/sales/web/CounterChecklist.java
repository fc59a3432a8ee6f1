package org.storecrm.sales.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storecrm.sales.ChecklistAnswer;
import org.storecrm.sales.ChecklistOutcome;
import org.storecrm.sales.ProductView;
import org.storecrm.sales.Suggestion;
import org.storecrm.sales.SuggestionKind;

/**
 * The counter's checklist ({@code #{counterPage.checklist}}): the advisors' suggestions for the
 * basket, the consultant's answer to each, and the entries left unanswered at a submit. Held by
 * {@link CounterPage}, which asks the advisors.
 */
public class CounterChecklist implements Serializable {
  private static final long serialVersionUID = 1L;

  private List<Suggestion> suggestions = List.of();
  private List<Suggestion> unanswered = List.of();

  /** The answers by suggestion code, as outcome names (the radio buttons post plain strings). */
  private final Map<String, String> answers = new LinkedHashMap<>();

  /**
   * The advisors' suggestions for the basket as it is now; earlier answers stay, shown as the order
   * will record them ({@link ChecklistOutcome#recorded}): a suggested product already in the basket
   * is accepted (linked to its line, not offered a second time), an accepted one no longer in it
   * only offered.
   */
  void suggested(List<Suggestion> fresh, List<Long> inBasket) {
    suggestions = fresh;
    for (Suggestion suggestion : suggestions) {
      ChecklistOutcome answer = answer(suggestion);
      ChecklistOutcome shown = ChecklistOutcome.recorded(suggestion, answer, inBasket);
      if (answer != null || shown == ChecklistOutcome.ACCEPTED) {
        answers.put(suggestion.code(), shown.name());
      }
    }
  }

  /** Nothing to suggest for an empty basket (the answers stay for when it fills again). */
  void none() {
    suggestions = List.of();
  }

  /** The consultant's answer to a suggestion, or null. */
  ChecklistOutcome answer(Suggestion suggestion) {
    String given = answers.get(suggestion.code());
    return given == null || given.isBlank() ? null : ChecklistOutcome.valueOf(given);
  }

  /**
   * Holds back a submit whose checklist has unanswered entries, listing them; false when every
   * entry is answered.
   */
  boolean holdsUnanswered() {
    List<Suggestion> open = suggestions.stream().filter(s -> answer(s) == null).toList();
    unanswered = open;
    return !open.isEmpty();
  }

  /** The consultant confirms that the unanswered entries were not offered. */
  void confirmNotOffered() {
    for (Suggestion suggestion : unanswered) {
      if (answer(suggestion) == null) {
        answers.put(suggestion.code(), ChecklistOutcome.NOT_OFFERED.name());
      }
    }
    unanswered = List.of();
  }

  /** Back to the checklist to answer the entries. */
  void answerThem() {
    unanswered = List.of();
  }

  /** The answers the order records. */
  List<ChecklistAnswer> answered() {
    List<ChecklistAnswer> checklist = new ArrayList<>();
    for (Suggestion suggestion : suggestions) {
      ChecklistOutcome outcome = answer(suggestion);
      if (outcome != null) {
        checklist.add(new ChecklistAnswer(suggestion.code(), outcome));
      }
    }
    return checklist;
  }

  /**
   * The link to a main product's printable tick-box checklist ({@code view}, given {@code
   * productId}), or null when the product has no accessory suggestions or no sheet is configured.
   */
  String sheet(String view, ProductView product) {
    if (view.isBlank()
        || product == null
        || suggestions.stream()
            .noneMatch(
                s -> s.kind() == SuggestionKind.ACCESSORY && s.forProductId() == product.id())) {
      return null;
    }
    return view + "?productId=" + product.id();
  }

  /** A fresh checklist for the next sale. */
  void clear() {
    suggestions = List.of();
    unanswered = List.of();
    answers.clear();
  }

  /** The checklist entries left unanswered at the last submit (the confirmation lists them). */
  public List<Suggestion> getUnanswered() {
    return unanswered;
  }

  public List<Suggestion> getSuggestions() {
    return suggestions;
  }

  /** The answer to one suggestion (null: not answered yet). */
  public Map<String, String> getAnswers() {
    return answers;
  }

  public ChecklistOutcome[] getOutcomes() {
    return new ChecklistOutcome[] {
      ChecklistOutcome.OFFERED, ChecklistOutcome.ACCEPTED, ChecklistOutcome.DECLINED
    };
  }
}
