package org.storecrm.sales.internal.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.sales.Stage;

/** The funnel's moves as the entity makes them, for the stage screen, the API and a sale alike. */
class OpportunityTest {
  private static final Instant OPENED = Instant.parse("2026-11-02T02:00:00Z");
  private static final Instant LATER = Instant.parse("2026-11-09T02:00:00Z");

  private static Opportunity lead() {
    return new Opportunity(1, 10L, null, 5, "WALK_IN", OPENED, "consultant");
  }

  @Test
  void aForwardMoveMaySkipStagesAndRecordsTheFurthestReached() {
    Opportunity opportunity = lead();
    opportunity.moveTo(Stage.QUOTED, LATER);
    assertThat(opportunity.stage()).isEqualTo(Stage.QUOTED);
    assertThat(opportunity.reached()).isEqualTo(Stage.PATH.indexOf(Stage.QUOTED));
    assertThat(opportunity.stageAt()).isEqualTo(LATER);
  }

  @Test
  void aLossKeepsTheFurthestStageReached() {
    Opportunity opportunity = lead();
    opportunity.moveTo(Stage.VISITED, OPENED);
    opportunity.moveTo(Stage.LOST, LATER);
    assertThat(opportunity.stage()).isEqualTo(Stage.LOST);
    assertThat(opportunity.reached()).isEqualTo(Stage.PATH.indexOf(Stage.VISITED));
    assertThat(opportunity.stageAt()).isEqualTo(LATER);
  }

  @Test
  void aBackwardMoveIsRefusedAndChangesNothing() {
    Opportunity opportunity = lead();
    opportunity.moveTo(Stage.QUOTED, OPENED);
    assertThatThrownBy(() -> opportunity.moveTo(Stage.CONTACTED, LATER))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("sales.stageBackward");
              assertThat(e.field()).isEqualTo("stage");
            });
    assertThatThrownBy(() -> opportunity.moveTo(Stage.QUOTED, LATER))
        .as("standing still is no move forward")
        .hasMessageContaining("forward only");
    assertThat(opportunity.stage()).isEqualTo(Stage.QUOTED);
    assertThat(opportunity.stageAt()).isEqualTo(OPENED);
  }

  @Test
  void aDeliveredOrLostOpportunityIsClosed() {
    Opportunity delivered = lead();
    delivered.moveTo(Stage.DELIVERED, OPENED);
    assertThatThrownBy(() -> delivered.moveTo(Stage.LOST, LATER))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.messageKey()).isEqualTo("sales.opportunityClosed"));
    Opportunity lost = lead();
    lost.moveTo(Stage.LOST, OPENED);
    assertThatThrownBy(() -> lost.moveTo(Stage.ORDERED, LATER)).hasMessageContaining("closed");
  }

  @Test
  void aSaleOrdersTheOpenOpportunitiesBeforeOrdered() {
    assertThat(Opportunity.stagesThatMayMoveTo(Stage.ORDERED))
        .containsExactly(Stage.LEAD, Stage.CONTACTED, Stage.VISITED, Stage.QUOTED);
  }
}
