package org.storecrm.sales.internal.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storecrm.sales.ChecklistAnswer;
import org.storecrm.sales.ChecklistOutcome;
import org.storecrm.sales.Suggestion;
import org.storecrm.sales.SuggestionKind;

class ChecklistRulesTest {
  private static final Suggestion BAG =
      new Suggestion("bun:1:10", 10L, SuggestionKind.ACCESSORY, 20L, "bag", null, 1);
  private static final Suggestion CARE =
      new Suggestion("svc:care:10", 10L, SuggestionKind.SERVICE_PLAN, null, "care", null, 2);

  @Test
  void anAnswerToACodeNoLongerAdvisedIsIgnoredNotRefused() {
    var recorded =
        ChecklistRules.record(
            List.of(BAG),
            List.of(
                new ChecklistAnswer("steer-up:10:99", ChecklistOutcome.DECLINED),
                new ChecklistAnswer("bun:1:10", ChecklistOutcome.DECLINED)),
            Set.of(10L));
    assertThat(recorded)
        .containsExactly(new ChecklistRules.Recorded(BAG, ChecklistOutcome.DECLINED));
  }

  @Test
  void acceptedWithoutTheProductInTheOrderIsOnlyOffered() {
    var answers =
        List.of(
            new ChecklistAnswer("bun:1:10", ChecklistOutcome.ACCEPTED),
            new ChecklistAnswer("svc:care:10", ChecklistOutcome.ACCEPTED));
    assertThat(ChecklistRules.record(List.of(BAG, CARE), answers, Set.of(10L)))
        .containsExactly(
            new ChecklistRules.Recorded(BAG, ChecklistOutcome.OFFERED),
            new ChecklistRules.Recorded(CARE, ChecklistOutcome.ACCEPTED));
    assertThat(ChecklistRules.record(List.of(BAG), answers, Set.of(10L, 20L)))
        .containsExactly(new ChecklistRules.Recorded(BAG, ChecklistOutcome.ACCEPTED));
  }

  @Test
  void unansweredSuggestionsAreNotOffered() {
    assertThat(ChecklistRules.record(List.of(BAG), List.of(), Set.of(10L)))
        .containsExactly(new ChecklistRules.Recorded(BAG, ChecklistOutcome.NOT_OFFERED));
  }

  @Test
  void aSuggestedProductAlreadyInTheOrderIsAcceptedWhateverWasAnswered() {
    // The bag was typed in by its SKU before the checklist was answered: unanswered, or answered
    // otherwise, the order shows it taken.
    assertThat(ChecklistRules.record(List.of(BAG, CARE), List.of(), Set.of(10L, 20L)))
        .containsExactly(
            new ChecklistRules.Recorded(BAG, ChecklistOutcome.ACCEPTED),
            new ChecklistRules.Recorded(CARE, ChecklistOutcome.NOT_OFFERED));
    for (ChecklistOutcome answer : ChecklistOutcome.values()) {
      assertThat(
              ChecklistRules.record(
                  List.of(BAG), List.of(new ChecklistAnswer("bun:1:10", answer)), Set.of(10L, 20L)))
          .as("answered %s", answer)
          .containsExactly(new ChecklistRules.Recorded(BAG, ChecklistOutcome.ACCEPTED));
    }
  }
}
