package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's defect: the demo has a pipeline on first login. Each demo store's consultant holds
 * opportunities in every stage, this month; the won ones name a sale to their customer, the lost
 * ones a reason; the store's funnel of the month counts every stage and the losses.
 */
@SystemTest
class DemoPipelineApiIT {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final List<String> STAGES =
      List.of("LEAD", "CONTACTED", "VISITED", "QUOTED", "ORDERED", "DELIVERED", "LOST");
  private final Api flagshipManager;
  private final Api plazaManager;

  DemoPipelineApiIT(URI base) {
    flagshipManager = Api.as(base, "manager", "demo");
    plazaManager = Api.as(base, "plaza.manager", "demo");
  }

  @Test
  void eachDemoStoreHasOpportunitiesInEveryStageWonBySalesAndLostWithReasons() {
    check(flagshipManager, "consultant", 2);
    check(plazaManager, "plaza.consultant", 1);
  }

  private static void check(Api manager, String consultant, int atLeast) {
    long consultantId = manager.userId(consultant);
    String month = YearMonth.now(ZONE).toString();
    for (String stage : STAGES) {
      Api.Reply page =
          manager.get(
              "opportunities/pipeline?size=100&stage="
                  + stage
                  + "&consultantId="
                  + consultantId
                  + "&openedMonth="
                  + month);
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      List<JsonObject> found = page.json().getJsonArray("items").getValuesAs(JsonObject.class);
      assertThat(found)
          .as("%s's %s opportunities", consultant, stage)
          .hasSizeGreaterThanOrEqualTo(atLeast);
      for (JsonObject summary : found) {
        JsonObject opportunity =
            manager.get("opportunities/" + summary.getJsonNumber("id").longValue()).json();
        if (stage.equals("ORDERED") || stage.equals("DELIVERED")) {
          assertThat(opportunity.containsKey("orderId") && !opportunity.isNull("orderId"))
              .as("a won opportunity names its sale")
              .isTrue();
          JsonObject order =
              manager.get("orders/" + opportunity.getJsonNumber("orderId").longValue()).json();
          assertThat(order.getJsonNumber("customerId").longValue())
              .as("the sale is the opportunity's customer's")
              .isEqualTo(opportunity.getJsonNumber("customerId").longValue());
        }
        if (stage.equals("LOST")) {
          assertThat(opportunity.containsKey("lostReasonId") && !opportunity.isNull("lostReasonId"))
              .as("a loss has its reason")
              .isTrue();
        }
      }
    }
    JsonObject funnel = manager.get("opportunities/funnel?month=" + month).json();
    assertThat(funnel.getJsonArray("stages").getValuesAs(JsonObject.class))
        .as("the month's funnel is not empty at any stage")
        .allMatch(s -> s.getJsonNumber("reached").longValue() >= atLeast);
    assertThat(funnel.getJsonNumber("lost").longValue()).isGreaterThanOrEqualTo(1);
  }
}
