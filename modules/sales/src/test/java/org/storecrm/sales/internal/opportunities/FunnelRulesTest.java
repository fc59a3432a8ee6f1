package org.storecrm.sales.internal.opportunities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storecrm.customers.IntentGrade;
import org.storecrm.sales.FunnelStage;
import org.storecrm.sales.Stage;

class FunnelRulesTest {
  @Test
  void movesGoForwardOrToLostAndClosedOnesStayClosed() {
    assertThat(FunnelRules.judge(Stage.LEAD, Stage.CONTACTED))
        .isEqualTo(FunnelRules.Verdict.ALLOWED);
    assertThat(FunnelRules.judge(Stage.LEAD, Stage.ORDERED)).isEqualTo(FunnelRules.Verdict.ALLOWED);
    assertThat(FunnelRules.judge(Stage.QUOTED, Stage.LOST)).isEqualTo(FunnelRules.Verdict.ALLOWED);
    assertThat(FunnelRules.judge(Stage.ORDERED, Stage.LOST)).isEqualTo(FunnelRules.Verdict.ALLOWED);
    assertThat(FunnelRules.judge(Stage.QUOTED, Stage.VISITED))
        .isEqualTo(FunnelRules.Verdict.BACKWARD);
    assertThat(FunnelRules.judge(Stage.QUOTED, Stage.QUOTED))
        .isEqualTo(FunnelRules.Verdict.BACKWARD);
    assertThat(FunnelRules.judge(Stage.DELIVERED, Stage.LOST))
        .isEqualTo(FunnelRules.Verdict.CLOSED);
    assertThat(FunnelRules.judge(Stage.LOST, Stage.ORDERED)).isEqualTo(FunnelRules.Verdict.CLOSED);
  }

  @Test
  void quotedRaisesToAtLeastAAndOrderedToONeverLower() {
    assertThat(FunnelRules.gradeFor(Stage.QUOTED, null)).isEqualTo(IntentGrade.A);
    assertThat(FunnelRules.gradeFor(Stage.QUOTED, IntentGrade.B)).isEqualTo(IntentGrade.A);
    assertThat(FunnelRules.gradeFor(Stage.QUOTED, IntentGrade.A)).isNull();
    assertThat(FunnelRules.gradeFor(Stage.QUOTED, IntentGrade.H)).isNull();
    assertThat(FunnelRules.gradeFor(Stage.ORDERED, IntentGrade.H)).isEqualTo(IntentGrade.O);
    assertThat(FunnelRules.gradeFor(Stage.ORDERED, IntentGrade.O)).isNull();
    assertThat(FunnelRules.gradeFor(Stage.CONTACTED, null)).isNull();
    assertThat(FunnelRules.gradeFor(Stage.DELIVERED, IntentGrade.O)).isNull();
  }

  @Test
  void eachStageCountsThoseWhoReachedItOrWentFurther() {
    // 4 stayed leads, 3 got to contacted, 2 to quoted, 1 delivered.
    List<FunnelStage> funnel = FunnelRules.funnel(new long[] {4, 3, 0, 2, 0, 1});
    assertThat(funnel).extracting(FunnelStage::reached).containsExactly(10L, 6L, 3L, 3L, 1L, 1L);
    assertThat(funnel.get(0).conversion()).isNull();
    assertThat(funnel.get(1).conversion()).isEqualByComparingTo("60.0");
    assertThat(funnel.get(2).conversion()).isEqualByComparingTo("50.0");
    assertThat(funnel.get(4).conversion()).isEqualByComparingTo("33.3");
    assertThat(FunnelRules.funnel(new long[6]).get(1).conversion()).isNull();
  }
}
