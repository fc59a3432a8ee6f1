package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storecrm.it.CustomersApiIT.findTask;
import static org.storecrm.it.CustomersApiIT.mobile;
import static org.storecrm.it.CustomersApiIT.register;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manager's views: registers, intent-customer status, consultant load, reassignment. */
@SystemTest
class CustomerReportsApiIT {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private final Api consultant;
  private final Api manager;
  private final Api plazaManager;
  private final Api admin;
  private final URI base;

  CustomerReportsApiIT(URI base) {
    this.base = base;
    consultant = Api.as(base, "consultant", "demo");
    manager = Api.as(base, "manager", "demo");
    plazaManager = Api.as(base, "plaza.manager", "demo");
    admin = Api.as(base, "admin", "demo");
  }

  @Test
  void theRegistersCountVisitsWithAndWithoutDetailsPerStore() {
    String today = "registers?from=" + TODAY + "&to=" + TODAY;
    JsonObject before = manager.get(today).structure().asJsonArray().getJsonObject(0);
    JsonObject plazaBefore = plazaManager.get(today).structure().asJsonArray().getJsonObject(0);

    register(consultant, "登记", mobile()); // a walk-in who left details
    Api.Reply anonymous =
        consultant.post(
            "registers",
            "{\"kind\":\"VISIT\",\"purpose\":\"looked at cameras\",\"outcome\":\"left\"}");
    assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(201);
    assertThat(consultant.post("registers", "{\"kind\":\"CALL\",\"outcome\":\"x\"}").status())
        .isEqualTo(422);

    JsonObject after = manager.get(today).structure().asJsonArray().getJsonObject(0);
    assertThat(after.getString("day")).isEqualTo(TODAY.toString());
    assertThat(after.getInt("visits") - before.getInt("visits")).isEqualTo(2);
    assertThat(after.getInt("visitsWithDetails") - before.getInt("visitsWithDetails")).isEqualTo(1);
    assertThat(plazaManager.get(today).structure().asJsonArray().getJsonObject(0))
        .as("another store's register is untouched")
        .isEqualTo(plazaBefore);

    assertThat(consultant.get(today).status())
        .as("consultants do not read the registers")
        .isEqualTo(403);
    Api.Reply tooLong = manager.get("registers?from=" + TODAY.minusYears(1) + "&to=" + TODAY);
    assertThat(tooLong.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(tooLong)).containsExactly("to");
    assertThat(manager.get("registers?from=" + TODAY).status()).isEqualTo(400);
  }

  @Test
  void theRegistersListEveryEntryWithItsConsultantAndFilters() {
    String username = "reg." + PlatformApiIT.suffix();
    long storeId = manager.get("me").json().getJsonNumber("storeId").longValue();
    Api.Reply made =
        admin.post(
            "users", PlatformApiIT.newUser(username, "long-enough-1", "CONSULTANT", storeId));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    Api newcomer = Api.as(base, username, "long-enough-1");
    String name = "登记明细" + PlatformApiIT.suffix();
    long customer = register(newcomer, name, mobile());
    String purpose = "问价" + PlatformApiIT.suffix();
    assertThat(
            newcomer
                .post(
                    "registers",
                    "{\"kind\":\"PHONE_IN\",\"purpose\":\"%s\",\"outcome\":\"hung up\"}"
                        .formatted(purpose))
                .status())
        .isEqualTo(201);

    String mine = "registers/entries?from=" + TODAY + "&to=" + TODAY + "&recordedBy=" + username;
    JsonObject all = manager.get(mine).json();
    assertThat(all.getJsonNumber("total").longValue()).isEqualTo(2);
    List<JsonObject> entries = all.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(entries).extracting(e -> e.getString("kind")).containsExactly("PHONE_IN", "VISIT");
    JsonObject phoneIn = entries.get(0);
    assertThat(phoneIn.getString("purpose")).isEqualTo(purpose);
    assertThat(phoneIn.getString("recordedByName")).isEqualTo("Test User");
    assertThat(phoneIn.containsKey("customerId") && !phoneIn.isNull("customerId")).isFalse();
    JsonObject visit = entries.get(1);
    assertThat(visit.getJsonNumber("customerId").longValue()).isEqualTo(customer);
    assertThat(visit.getString("customerName")).isEqualTo(name);
    assertThat(
            manager
                .get(mine + "&sort=occurredAt")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class))
        .as("oldest first when asked")
        .extracting(e -> e.getString("kind"))
        .containsExactly("VISIT", "PHONE_IN");
    assertThat(manager.get(mine + "&kind=VISIT").json().getJsonNumber("total").longValue())
        .isEqualTo(1);
    assertThat(manager.get(mine + "&withDetails=false").json().getJsonNumber("total").longValue())
        .isEqualTo(1);

    // Another store's manager lists none of them; a consultant none at all; bad filters are 422.
    assertThat(plazaManager.get(mine).json().getJsonNumber("total").longValue()).isZero();
    assertThat(newcomer.get(mine).status()).isEqualTo(403);
    Api.Reply notARegister = manager.get(mine + "&kind=CALL");
    assertThat(notARegister.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(notARegister)).containsExactly("kind");
    Api.Reply tooLong =
        manager.get("registers/entries?from=" + TODAY.minusYears(1) + "&to=" + TODAY);
    assertThat(tooLong.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(tooLong)).containsExactly("to");
  }

  @Test
  void theFunnelCountsCustomersOfThePeriodBySource() {
    String today = "customer-reports/funnel?from=" + TODAY + "&to=" + TODAY;
    int before = walkIns(manager.get(today));
    long id = register(consultant, "漏斗", mobile());
    consultant.put("customers/" + id + "/grade", "{\"grade\":\"B\"}");
    JsonObject walkIn =
        manager.get(today).structure().asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(f -> f.getString("source").equals("WALK_IN"))
            .findFirst()
            .orElseThrow();
    assertThat(walkIn.getInt("registered")).isEqualTo(before + 1);
    assertThat(walkIn.getInt("intent")).isPositive();
    assertThat(walkIn.getInt("reached")).isLessThanOrEqualTo(walkIn.getInt("registered"));
  }

  @Test
  void theIntentStatusListsGradedCustomersOfTheStoreWithTheirNextContact() {
    long id = register(consultant, "意向状况", mobile());
    consultant.put("customers/" + id + "/grade", "{\"grade\":\"O\"}");
    Api.Reply status =
        manager.get("customer-reports/intent-status?grade=O&size=200&sort=lastContactAt&desc=true");
    assertThat(status.status()).as(status.toString()).isEqualTo(200);
    JsonObject row =
        status.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getJsonNumber("customerId").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertThat(row.getString("grade")).isEqualTo("O");
    assertThat(row.getBoolean("overdue")).isFalse();
    assertThat(row.getString("nextFollowUpDue")).isNotBlank();
    assertThat(plazaManager.get("customer-reports/intent-status?size=200").json().toString())
        .doesNotContain("\"customerId\":" + id + ",");
    assertThat(
            manager.get("customer-reports/intent-status?overdue=true&size=200").json().toString())
        .doesNotContain("\"customerId\":" + id + ",");
    assertThat(consultant.get("customer-reports/intent-status").status()).isEqualTo(403);
    assertThat(consultant.get("customer-reports/consultant-load").status()).isEqualTo(403);
    assertThat(consultant.get("customer-reports/value").status()).isEqualTo(403);
    assertThat(consultant.get("customer-reports/pareto").status()).isEqualTo(403);
    assertThat(consultant.get("customer-reports/funnel?from=" + TODAY + "&to=" + TODAY).status())
        .isEqualTo(403);
  }

  @Test
  void aManagerReassignsCustomersWithTheirOpenFollowUpsToAnotherConsultantOfTheStore() {
    long storeId = manager.get("me").json().getJsonNumber("storeId").longValue();
    String username = "c." + PlatformApiIT.suffix();
    Api.Reply created =
        admin.post(
            "users", PlatformApiIT.newUser(username, "long-enough-1", "CONSULTANT", storeId));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long newConsultant = created.json().getJsonNumber("id").longValue();
    long plazaConsultant = plazaManager.userId("plaza.consultant");

    long id = register(consultant, "转派", mobile());
    consultant.put("customers/" + id + "/grade", "{\"grade\":\"A\"}");
    String body = "{\"customerIds\":[%d],\"consultantId\":%d}";
    assertThat(
            consultant.post("customers/reassignment", body.formatted(id, newConsultant)).status())
        .isEqualTo(403);
    assertThat(manager.post("customers/reassignment", body.formatted(id, plazaConsultant)).status())
        .as("another store's consultant is not found")
        .isEqualTo(404);
    assertThat(
            plazaManager
                .post("customers/reassignment", body.formatted(id, plazaConsultant))
                .status())
        .as("another store's customer")
        .isEqualTo(404);
    assertThat(
            manager
                .post("customers/reassignment", "{\"customerIds\":[],\"consultantId\":1}")
                .status())
        .isEqualTo(400);

    List<Long> loadBefore = overdueAndOpen(manager);
    Api.Reply moved = manager.post("customers/reassignment", body.formatted(id, newConsultant));
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(moved.json().getInt("moved")).isEqualTo(1);
    assertThat(manager.get("customers/" + id).json().getJsonNumber("consultantId").longValue())
        .isEqualTo(newConsultant);
    Api newOne = Api.as(base, username, "long-enough-1");
    assertThat(findTask(newOne, id).getString("reason")).isEqualTo("GRADE_CADENCE");
    assertThat(overdueAndOpen(manager)).as("tasks moved, none were added").isEqualTo(loadBefore);
  }

  private static List<Long> overdueAndOpen(Api api) {
    List<JsonObject> load =
        api.get("customer-reports/consultant-load")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    return List.of(
        load.stream().mapToLong(l -> l.getJsonNumber("open").longValue()).sum(),
        load.stream().mapToLong(l -> l.getJsonNumber("overdue").longValue()).sum());
  }

  private static int walkIns(Api.Reply funnel) {
    return funnel.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("source").equals("WALK_IN"))
        .findFirst()
        .orElseThrow()
        .getInt("registered");
  }
}
