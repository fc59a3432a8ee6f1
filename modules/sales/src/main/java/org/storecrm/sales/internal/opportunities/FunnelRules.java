package org.storecrm.sales.internal.opportunities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.storecrm.customers.IntentGrade;
import org.storecrm.sales.FunnelStage;
import org.storecrm.sales.Stage;
import org.storecrm.sales.internal.reports.SalesFigures;

/** The funnel's rules: which moves are allowed, the grade a stage implies, conversion. */
final class FunnelRules {
  enum Verdict {
    ALLOWED,
    CLOSED,
    BACKWARD
  }

  private FunnelRules() {}

  /** Forward (skipping is fine) or to LOST from an open stage; delivered and lost are closed. */
  static Verdict judge(Stage from, Stage to) {
    if (from == Stage.DELIVERED || from == Stage.LOST) {
      return Verdict.CLOSED;
    }
    if (to == Stage.LOST) {
      return Verdict.ALLOWED;
    }
    return to.ordinal() > from.ordinal() ? Verdict.ALLOWED : Verdict.BACKWARD;
  }

  /**
   * The grade the customer must be raised to when the opportunity enters {@code stage}, or null
   * when the current grade already fits: quoted means terms negotiated (at least A), ordered means
   * a deposit or a deal (O). A grade is never lowered.
   */
  static IntentGrade gradeFor(Stage stage, IntentGrade current) {
    IntentGrade least =
        switch (stage) {
          case QUOTED -> IntentGrade.A;
          case ORDERED -> IntentGrade.O;
          default -> null;
        };
    if (least == null) {
      return null;
    }
    return current != null && rank(current) >= rank(least) ? null : least;
  }

  /** B < A < H < O: how close to buying. */
  static int rank(IntentGrade grade) {
    return switch (grade) {
      case B -> 1;
      case A -> 2;
      case H -> 3;
      case O -> 4;
    };
  }

  /**
   * The funnel from counts of opportunities per furthest stage reached ({@code byReached[i]} for
   * stage {@code Stage.PATH.get(i)}): a stage counts everyone who reached it or went further.
   */
  static List<FunnelStage> funnel(long[] byReached) {
    List<FunnelStage> stages = new ArrayList<>();
    long previous = -1;
    for (int i = 0; i < Stage.PATH.size(); i++) {
      long reached = 0;
      for (int j = i; j < byReached.length; j++) {
        reached += byReached[j];
      }
      BigDecimal conversion =
          previous <= 0
              ? null
              : SalesFigures.rate(reached, previous).setScale(1, java.math.RoundingMode.HALF_UP);
      stages.add(new FunnelStage(Stage.PATH.get(i), reached, conversion));
      previous = reached;
    }
    return stages;
  }
}
