package org.storecrm.accounts.internal.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storecrm.accounts.NeedsAnswers;
import org.storecrm.accounts.VisitKind;

/** A visit planned for a day, then done, with what it found out. */
class VisitTest {
  private static final Instant NOW = Instant.parse("2026-11-02T02:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
  private static final LocalDate ASKED = LocalDate.of(2026, 11, 5);
  private static final LocalDate DONE_ON = LocalDate.of(2026, 10, 30);
  private static final NeedsAnswers NEEDS =
      new NeedsAnswers("the office", "printing", "yes", "service", "20k");

  private static Visit planned(LocalDate day) {
    return new Visit(1L, 10L, 7L, VisitKind.CLIENT, day, NOW, "am");
  }

  @Test
  void aNewVisitIsPlannedForTheDayAskedElseTheDayItWasDoneElseToday() {
    assertThat(Visit.plannedDay(ASKED, DONE_ON, TODAY)).isEqualTo(ASKED);
    assertThat(Visit.plannedDay(ASKED, null, TODAY)).isEqualTo(ASKED);
    assertThat(Visit.plannedDay(null, DONE_ON, TODAY)).isEqualTo(DONE_ON);
    assertThat(Visit.plannedDay(null, null, TODAY)).isEqualTo(TODAY);
  }

  @Test
  void aCompletedVisitIsDoneAsTheKindItTurnedOutToBe() {
    Visit visit = planned(TODAY);
    Instant at = NOW.plusSeconds(3600);
    visit.complete(VisitKind.PROSPECT, at, NEEDS, "  send a quote ");
    assertThat(visit.done()).isTrue();
    assertThat(visit.occurredAt()).isEqualTo(at);
    assertThat(visit.kind()).isEqualTo(VisitKind.PROSPECT);
    assertThat(visit.plannedFor()).isEqualTo(TODAY);
    assertThat(visit.needs()).isEqualTo(NEEDS);
    assertThat(visit.nextStep()).isEqualTo("send a quote");
  }

  @Test
  void aVisitIsDoneOnce() {
    Visit visit = planned(TODAY);
    visit.complete(VisitKind.CLIENT, NOW, null, null);
    assertThatThrownBy(() -> visit.complete(VisitKind.COLD, NOW.plusSeconds(60), null, null))
        .isInstanceOf(IllegalStateException.class);
    assertThat(visit.kind()).isEqualTo(VisitKind.CLIENT);
    assertThat(visit.occurredAt()).isEqualTo(NOW);
  }

  @Test
  void answersReplaceTheNeedsButABlankNextStepKeepsTheOneBefore() {
    Visit visit = planned(TODAY);
    visit.answer(NEEDS, "call back");
    visit.answer(null, "   ");
    assertThat(visit.needs()).isEqualTo(NEEDS);
    assertThat(visit.nextStep()).isEqualTo("call back");
    visit.answer(new NeedsAnswers(null, "copying", null, null, null), null);
    assertThat(visit.needs()).isEqualTo(new NeedsAnswers(null, "copying", null, null, null));
    assertThat(visit.nextStep()).isEqualTo("call back");
    assertThat(visit.done()).as("answers alone do not make a visit done").isFalse();
  }

  @Test
  void aPlannedVisitIsOverdueFromTheDayAfterItsDayUntilItIsDone() {
    Visit visit = planned(TODAY);
    assertThat(visit.overdueOn(TODAY)).isFalse();
    assertThat(visit.overdueOn(TODAY.plusDays(1))).isTrue();
    visit.complete(VisitKind.CLIENT, NOW, null, null);
    assertThat(visit.overdueOn(TODAY.plusDays(1))).isFalse();
  }
}
