package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The lifecycle sweep: products leave their introduction weeks for the plateau. */
@SystemTest
class CatalogueLifecycleApiIT {
  private final Api admin;
  private final Api manager;
  private final Api consultant;

  CatalogueLifecycleApiIT(URI base) {
    admin = Api.as(base, "admin", "demo");
    manager = Api.as(base, "manager", "demo");
    consultant = Api.as(base, "consultant", "demo");
  }

  @Test
  void productsPastTheirIntroductionWeeksMoveToPlateauOnceAndOnlyForAnAdministrator() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    long old = introduced(today.minusDays(20));
    long lastDay = introduced(today.minusDays(14));
    long fresh = introduced(today.minusDays(3));

    assertThat(consultant.post("admin/jobs/lifecycle/run", "").status()).isEqualTo(403);
    assertThat(manager.post("admin/jobs/lifecycle/run", "").status()).isEqualTo(403);
    assertThat(phase(old)).as("a refused run changes nothing").isEqualTo("INTRODUCTION");

    Api.Reply run = admin.post("admin/jobs/lifecycle/run", "");
    assertThat(run.status()).as(run.toString()).isEqualTo(200);
    assertThat(run.json().getString("launchedBy")).isEqualTo(today.minusDays(14).toString());
    assertThat(run.json().getInt("movedToPlateau")).isGreaterThanOrEqualTo(2);
    assertThat(phase(old)).isEqualTo("PLATEAU");
    assertThat(phase(lastDay)).isEqualTo("PLATEAU");
    assertThat(phase(fresh)).isEqualTo("INTRODUCTION");
    assertThat(admin.get("audit?recordType=product&recordId=" + old).toString())
        .contains("PLATEAU");

    Api.Reply again = admin.post("admin/jobs/lifecycle/run", "");
    assertThat(again.json().getInt("movedToPlateau")).isZero();
  }

  private long introduced(LocalDate launchedOn) {
    Api.Reply created =
        manager.post(
            "products",
            """
            {"sku":"%s","name":"Lifecycle Phone","nameZh":"生命周期手机","brand":"Test","category":"PHONE","price":2999,"cost":2500,"pricingRole":"RESOURCE","phase":"INTRODUCTION","launchedOn":"%s"}"""
                .formatted(SalesApiIT.sku("LC"), launchedOn));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private String phase(long productId) {
    return consultant.get("products/" + productId).json().getString("phase");
  }
}
