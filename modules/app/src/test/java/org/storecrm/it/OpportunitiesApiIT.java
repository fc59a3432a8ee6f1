package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storecrm.it.PlatformFixture.Seller;

/**
 * The opportunity list and who may open and move an opportunity: a consultant their own, a manager
 * the store's; another store's opportunity does not exist for the caller; a stale move is refused.
 */
@SystemTest
class OpportunitiesApiIT {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private final URI base;
  private final Api manager;
  private final Api plazaManager;
  private final Api plazaConsultant;
  private final Api admin;
  private final long storeId;

  OpportunitiesApiIT(URI base) {
    this.base = base;
    manager = Api.as(base, "manager", "demo");
    plazaManager = Api.as(base, "plaza.manager", "demo");
    plazaConsultant = Api.as(base, "plaza.consultant", "demo");
    admin = Api.as(base, "admin", "demo");
    storeId = manager.get("me").json().getJsonNumber("storeId").longValue();
  }

  @Test
  void aConsultantMovesOnlyTheirOwnOpportunitiesAManagerAnyOfTheStore() {
    Seller owner = newSeller();
    Seller colleague = newSeller();
    long customer = CustomersApiIT.register(owner.api(), "机会甲", CustomersApiIT.mobile());
    long opportunity = open(owner.api(), customer, "NOTEBOOK", null);

    Api.Reply refused =
        colleague
            .api()
            .post("opportunities/" + opportunity + "/stage", "{\"stage\":\"CONTACTED\"}");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.json().getString("code")).isEqualTo("sales.opportunityNotYours");
    assertThat(owner.api().get("opportunities/" + opportunity).json().getString("stage"))
        .as("nothing moved")
        .isEqualTo("LEAD");
    assertThat(colleague.api().get("opportunities/" + opportunity).status())
        .as("the store's opportunities are visible, only not movable")
        .isEqualTo(200);

    Api.Reply byManager =
        manager.post("opportunities/" + opportunity + "/stage", "{\"stage\":\"CONTACTED\"}");
    assertThat(byManager.status()).as(byManager.toString()).isEqualTo(200);
    assertThat(
            owner
                .api()
                .post("opportunities/" + opportunity + "/stage", "{\"stage\":\"VISITED\"}")
                .status())
        .isEqualTo(200);

    // Another store's opportunity is not there at all, for reading and for moving.
    assertThat(plazaConsultant.get("opportunities/" + opportunity).status()).isEqualTo(404);
    assertThat(plazaManager.get("opportunities/" + opportunity).status()).isEqualTo(404);
    assertThat(
            plazaManager
                .post("opportunities/" + opportunity + "/stage", "{\"stage\":\"QUOTED\"}")
                .status())
        .isEqualTo(404);
  }

  @Test
  void aMoveQuotingAnOldVersionIsRefusedAsStale() {
    Seller owner = newSeller();
    long customer = CustomersApiIT.register(owner.api(), "机会乙", CustomersApiIT.mobile());
    long opportunity = open(owner.api(), customer, "PHONE", null);
    long read =
        owner.api().get("opportunities/" + opportunity).json().getJsonNumber("version").longValue();
    Api.Reply moved =
        owner
            .api()
            .post(
                "opportunities/" + opportunity + "/stage",
                "{\"stage\":\"CONTACTED\",\"version\":%d}".formatted(read));
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    Api.Reply stale =
        owner
            .api()
            .post(
                "opportunities/" + opportunity + "/stage",
                "{\"stage\":\"VISITED\",\"version\":%d}".formatted(read));
    assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
    assertThat(stale.json().getString("type")).endsWith("stale-record");
    assertThat(owner.api().get("opportunities/" + opportunity).json().getString("stage"))
        .isEqualTo("CONTACTED");
  }

  @Test
  void consultantsOpenForThemselvesManagersForTheirStoresSalesStaff() {
    Seller owner = newSeller();
    Seller colleague = newSeller();
    long customer = CustomersApiIT.register(owner.api(), "机会丙", CustomersApiIT.mobile());
    Api.Reply forSomeoneElse =
        owner
            .api()
            .post(
                "opportunities",
                "{\"customerId\":%d,\"category\":\"TABLET\",\"consultantId\":%d}"
                    .formatted(customer, colleague.id()));
    assertThat(forSomeoneElse.status()).as(forSomeoneElse.toString()).isEqualTo(422);
    assertThat(forSomeoneElse.json().getString("code")).isEqualTo("sales.opportunityNotYours");

    long plazaSeller = plazaManager.userId("plaza.consultant");
    Api.Reply foreignSeller =
        manager.post(
            "opportunities",
            "{\"customerId\":%d,\"category\":\"TABLET\",\"consultantId\":%d}"
                .formatted(customer, plazaSeller));
    assertThat(foreignSeller.status()).as(foreignSeller.toString()).isEqualTo(422);
    assertThat(foreignSeller.json().getString("code")).isEqualTo("sales.opportunityConsultant");

    Api.Reply assigned =
        manager.post(
            "opportunities",
            "{\"customerId\":%d,\"category\":\"TABLET\",\"consultantId\":%d}"
                .formatted(customer, colleague.id()));
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
    assertThat(assigned.json().getJsonNumber("consultantId").longValue()).isEqualTo(colleague.id());
  }

  @Test
  void theListIsFilteredInTheDatabaseAndAConsultantSeesTheirOwn() {
    Seller owner = newSeller();
    Seller colleague = newSeller();
    LocalDate nextMonth = YearMonth.now(ZONE).plusMonths(1).atDay(10);
    long first = CustomersApiIT.register(owner.api(), "列表甲", CustomersApiIT.mobile());
    long second = CustomersApiIT.register(owner.api(), "列表乙", CustomersApiIT.mobile());
    long theirs = CustomersApiIT.register(colleague.api(), "列表丙", CustomersApiIT.mobile());
    long camera = open(owner.api(), first, "CAMERA", nextMonth);
    long notebook = open(owner.api(), second, "NOTEBOOK", null);
    long colleagues = open(colleague.api(), theirs, "CAMERA", nextMonth);
    owner.api().post("opportunities/" + notebook + "/stage", "{\"stage\":\"QUOTED\"}");

    assertThat(ids(owner.api(), "")).containsExactlyInAnyOrder(camera, notebook);
    assertThat(ids(owner.api(), "consultantId=" + colleague.id()))
        .as("a consultant never sees a colleague's")
        .isEmpty();
    assertThat(ids(colleague.api(), "")).containsExactly(colleagues);

    String mine = "consultantId=" + owner.id();
    assertThat(ids(manager, mine)).containsExactlyInAnyOrder(camera, notebook);
    assertThat(ids(manager, mine + "&stage=QUOTED")).containsExactly(notebook);
    assertThat(ids(manager, mine + "&category=CAMERA")).containsExactly(camera);
    assertThat(ids(manager, mine + "&closeMonth=" + YearMonth.from(nextMonth)))
        .containsExactly(camera);
    assertThat(ids(manager, mine + "&openedMonth=" + YearMonth.now(ZONE)))
        .containsExactlyInAnyOrder(camera, notebook);
    assertThat(ids(manager, mine + "&openedMonth=" + YearMonth.now(ZONE).minusMonths(1))).isEmpty();
    assertThat(ids(manager, "customerId=" + theirs)).containsExactly(colleagues);
    assertThat(ids(manager, "category=CAMERA&closeMonth=" + YearMonth.from(nextMonth)))
        .contains(camera, colleagues)
        .doesNotContain(notebook);

    JsonObject row =
        manager
            .get("opportunities/pipeline?" + mine + "&stage=QUOTED")
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(row.getString("customerName")).isEqualTo("列表乙");
    assertThat(row.getString("stage")).isEqualTo("QUOTED");

    Api.Reply sorted = manager.get("opportunities/pipeline?" + mine + "&sort=expectedClose&size=1");
    assertThat(sorted.json().getInt("total")).isEqualTo(2);
    assertThat(sorted.json().getJsonArray("items")).hasSize(1);

    assertThat(ids(plazaManager, mine)).as("another store's list is not there").isEmpty();
    assertThat(ids(admin, mine + "&storeId=" + storeId))
        .containsExactlyInAnyOrder(camera, notebook);
    assertThat(manager.get("opportunities/pipeline?closeMonth=2026-13").status()).isEqualTo(400);
    assertThat(manager.get("opportunities/pipeline?size=500").status()).isEqualTo(400);
  }

  // --- helpers -------------------------------------------------------------------------------

  private Seller newSeller() {
    return PlatformFixture.newSeller(admin, base, storeId, "o.");
  }

  static long open(Api api, long customer, String category, LocalDate expectedClose) {
    Api.Reply opened =
        api.post(
            "opportunities",
            "{\"customerId\":%d,\"category\":\"%s\",\"budget\":5000%s}"
                .formatted(
                    customer,
                    category,
                    expectedClose == null ? "" : ",\"expectedClose\":\"" + expectedClose + "\""));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    return opened.json().getJsonNumber("id").longValue();
  }

  private static List<Long> ids(Api api, String query) {
    Api.Reply page = api.get("opportunities/pipeline?size=200&" + query);
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(o -> o.getJsonNumber("id").longValue())
        .toList();
  }
}
