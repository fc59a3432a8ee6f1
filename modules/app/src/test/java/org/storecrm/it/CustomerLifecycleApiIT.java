package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storecrm.it.CustomersApiIT.findTask;
import static org.storecrm.it.CustomersApiIT.mobile;
import static org.storecrm.it.CustomersApiIT.register;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Appointments, lost sales and win-back, VIP and base promotion over the REST API. */
@SystemTest
class CustomerLifecycleApiIT {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final Api consultant;
  private final Api manager;
  private final Api plazaConsultant;
  private final Api plazaManager;
  private final Api tech;

  private final URI base;

  CustomerLifecycleApiIT(URI base) {
    this.base = base;
    consultant = Api.as(base, "consultant", "demo");
    manager = Api.as(base, "manager", "demo");
    plazaConsultant = Api.as(base, "plaza.consultant", "demo");
    plazaManager = Api.as(base, "plaza.manager", "demo");
    tech = Api.as(base, "tech", "demo");
  }

  @Test
  void anAppointmentOpensAConfirmationCallTheDayBeforeAndANoShowIsRecorded() {
    long id = register(consultant, "邀约" + ThreadLocalRandom.current().nextInt(1000), mobile());
    LocalDate visitDay = LocalDate.now(SHANGHAI).plusDays(3);
    ZonedDateTime startsAt = visitDay.atTime(15, 0).atZone(SHANGHAI);
    Api.Reply booked =
        consultant.post(
            "customers/" + id + "/appointments",
            """
            {"startsAt":"%s","purpose":"see the X1 notebook"}"""
                .formatted(startsAt.toInstant()));
    assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
    JsonObject appointment = booked.json();
    assertThat(appointment.getString("status")).isEqualTo("BOOKED");

    JsonObject task = findTask(consultant, id);
    assertThat(task.getString("reason")).isEqualTo("APPOINTMENT_CONFIRMATION");
    assertThat(task.getString("dueAt"))
        .isEqualTo(
            visitDay
                .minusDays(1)
                .atTime(LocalTime.of(10, 0))
                .atZone(SHANGHAI)
                .toInstant()
                .toString());

    List<Long> today =
        consultant
            .get("appointments?day=" + visitDay)
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(a -> a.getJsonNumber("id").longValue())
            .toList();
    assertThat(today).contains(appointment.getJsonNumber("id").longValue());
    assertThat(consultant.get("appointments?day=tomorrow").status()).isEqualTo(400);

    String path = "appointments/" + appointment.getJsonNumber("id") + "/outcome";
    long version = appointment.getJsonNumber("version").longValue();
    assertThat(
            plazaConsultant
                .post(path, "{\"status\":\"NO_SHOW\",\"version\":" + version + "}")
                .status())
        .isEqualTo(404);
    Api.Reply noShow =
        consultant.post(path, "{\"status\":\"NO_SHOW\",\"version\":" + version + "}");
    assertThat(noShow.status()).as(noShow.toString()).isEqualTo(200);
    assertThat(noShow.json().getString("status")).isEqualTo("NO_SHOW");
    Api.Reply again =
        consultant.post(
            path,
            "{\"status\":\"ATTENDED\",\"version\":" + noShow.json().getJsonNumber("version") + "}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(consultant.get("customers/" + id).json().containsKey("nextFollowUpDue"))
        .as("the confirmation call was cancelled with the appointment settled")
        .isFalse();
    assertThat(consultant.get("customers/" + id + "/contacts").structure().toString())
        .contains("no-show");
  }

  @Test
  void anAppointmentInThePastIsRefusedNextToItsField() {
    long id = register(consultant, "过去", mobile());
    Api.Reply refused =
        consultant.post(
            "customers/" + id + "/appointments",
            "{\"startsAt\":\"2020-01-01T02:00:00Z\",\"purpose\":\"too late\"}");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(refused)).containsExactly("startsAt");
    Api.Reply missing = consultant.post("customers/" + id + "/appointments", "{}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(PlatformApiIT.fields(missing)).contains("startsAt", "purpose");
  }

  @Test
  void aLostSaleMakesTheCustomerLostAndGradingThemAgainWinsThemBack() {
    long id = register(consultant, "战败" + ThreadLocalRandom.current().nextInt(1000), mobile());
    consultant.put("customers/" + id + "/grade", "{\"grade\":\"A\",\"reason\":\"comparing\"}");
    long price = reasonId("PRICE");
    Api.Reply lost =
        consultant.post(
            "customers/" + id + "/lost-sales",
            """
            {"reasonId":%d,"competitor":"Suning","note":"300 yuan cheaper"}"""
                .formatted(price));
    assertThat(lost.status()).as(lost.toString()).isEqualTo(200);
    assertThat(lost.json().getString("classification")).isEqualTo("BASE");
    assertThat(lost.json().getString("baseKind")).isEqualTo("LOST");
    assertThat(lost.json().containsKey("grade")).isFalse();
    assertThat(lost.json().containsKey("nextFollowUpDue"))
        .as("no more cadence calls for a lost customer")
        .isFalse();
    assertThat(consultant.post("customers/" + id + "/lost-sales", "{\"reasonId\":999999}").status())
        .isEqualTo(422);

    Api.Reply back =
        consultant.put(
            "customers/" + id + "/grade", "{\"grade\":\"B\",\"reason\":\"called back\"}");
    assertThat(back.json().getString("baseKind")).isEqualTo("INTENT");
    List<JsonObject> history =
        consultant
            .get("customers/" + id + "/history")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(history)
        .extracting(h -> h.getString("field") + ":" + h.getString("newValue", ""))
        .contains("classification:BASE/LOST", "classification:BASE/INTENT", "grade:B");
  }

  @Test
  void onlyAManagerGrantsVipWithAReasonAndOnlyInTheirStore() {
    long id = register(consultant, "贵宾" + ThreadLocalRandom.current().nextInt(1000), mobile());
    String grant = "{\"reason\":\"driving school, sends five leads a month\"}";
    assertThat(consultant.post("customers/" + id + "/vip", grant).status()).isEqualTo(403);
    assertThat(plazaManager.post("customers/" + id + "/vip", grant).status()).isEqualTo(404);
    Api.Reply noReason = manager.post("customers/" + id + "/vip", "{}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(PlatformApiIT.fields(noReason)).containsExactly("reason");
    Api.Reply granted = manager.post("customers/" + id + "/vip", grant);
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
    assertThat(granted.json().getString("classification")).isEqualTo("VIP");
    assertThat(manager.post("customers/" + id + "/vip", grant).status()).isEqualTo(409);
  }

  @Test
  void aVipNotReachedForAMonthGetsOneMonthlyCallFromTheSweep() {
    Api admin = Api.as(base, "admin", "demo");
    // An assigned lead has never been reached: a VIP like that is owed a call now.
    Api.Reply lead =
        manager.post(
            "customers",
            """
            {"name":"贵宾月访","phone":"%s","type":"PERSON","source":"REFERRAL","region":"CITY","consultantId":%d}"""
                .formatted(mobile(), manager.userId("consultant")));
    long id = lead.json().getJsonNumber("id").longValue();
    manager.post("customers/" + id + "/vip", "{\"reason\":\"sends leads\"}");
    long reached = register(consultant, "贵宾已联系", mobile()); // reached today: owed nothing
    manager.post("customers/" + reached + "/vip", "{\"reason\":\"big client\"}");

    assertThat(admin.post("admin/jobs/followups/run", "").json().getInt("vipTasks")).isPositive();
    assertThat(admin.post("admin/jobs/followups/run", "").json().getInt("vipTasks"))
        .as("a second run creates nothing twice")
        .isZero();
    List<String> reasons =
        consultant
            .get("follow-ups?status=OPEN&size=200")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(t -> t.getJsonNumber("customerId").longValue() == id)
            .map(t -> t.getString("reason"))
            .toList();
    assertThat(reasons).containsExactlyInAnyOrder("FIRST_CONTACT", "VIP_MONTHLY");
    assertThat(consultant.get("follow-ups?status=OPEN&size=200").json().toString())
        .doesNotContain("\"customerId\":" + reached + ",");
  }

  @Test
  void basePromotionIsOfferedOnlyWhenTheCriteriaHold() {
    String phone = mobile();
    Api.Reply created =
        consultant.post(
            "customers",
            """
            {"name":"张伟","phone":"%s","type":"PERSON","source":"WALK_IN","region":"CITY","city":"上海"}"""
                .formatted(phone));
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(created.json().getBoolean("promotableToBase")).isFalse();
    String promotion = "{\"kind\":\"OTHER_BRAND_OWNER\",\"reason\":\"owns a rival phone\"}";
    Api.Reply early = consultant.post("customers/" + id + "/base-promotion", promotion);
    assertThat(early.status()).isEqualTo(422);

    // Complete the card (birthday) and plan a contact (an appointment's confirmation call).
    JsonObject card = consultant.get("customers/" + id).json();
    consultant.put(
        "customers/" + id,
        """
        {"name":"张伟","type":"PERSON","region":"CITY","city":"上海","birthday":"1988-05-04","marketingConsent":false,"version":%d}"""
            .formatted(card.getJsonNumber("version").longValue()));
    consultant.post(
        "customers/" + id + "/appointments",
        "{\"startsAt\":\"%s\",\"purpose\":\"demo\"}"
            .formatted(
                LocalDate.now(SHANGHAI).plusDays(5).atTime(11, 0).atZone(SHANGHAI).toInstant()));
    assertThat(consultant.get("customers/" + id).json().getBoolean("promotableToBase")).isTrue();
    assertThat(
            consultant
                .post(
                    "customers/" + id + "/base-promotion", "{\"kind\":\"INTENT\",\"reason\":\"x\"}")
                .status())
        .isEqualTo(422);
    Api.Reply promoted = consultant.post("customers/" + id + "/base-promotion", promotion);
    assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
    assertThat(promoted.json().getString("baseKind")).isEqualTo("OTHER_BRAND_OWNER");
    assertThat(promoted.json().getBoolean("promotableToBase")).isFalse();
  }

  @Test
  void managersMaintainTheLostReasonList() {
    String code = "R" + ThreadLocalRandom.current().nextInt(1_000_000);
    String reason =
        "{\"code\":\"%s\",\"nameEn\":\"Delivery too slow\",\"nameZh\":\"交货太慢\"}".formatted(code);
    assertThat(consultant.post("lost-reasons", reason).status()).isEqualTo(403);
    Api.Reply added = manager.post("lost-reasons", reason);
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(manager.post("lost-reasons", reason).status()).isEqualTo(409);
    long id = added.json().getJsonNumber("id").longValue();
    assertThat(manager.put("lost-reasons/" + id + "/active", "false").json().getBoolean("active"))
        .isFalse();
    assertThat(consultant.get("lost-reasons").structure().toString()).doesNotContain(code);
    assertThat(consultant.get("lost-reasons?all=true").structure().toString()).contains(code);
  }

  @Test
  void serviceStaffReadCardsButDoNotBookVisitsRecordLostSalesOrPromote() {
    long id = register(consultant, "服务", mobile());
    assertThat(tech.get("customers/" + id + "/history").status()).isEqualTo(200);
    assertThat(tech.get("customers/" + id + "/products").status()).isEqualTo(200);
    assertThat(tech.get("customers/" + id + "/appointments").status()).isEqualTo(200);
    assertThat(
            tech.post(
                    "customers/" + id + "/appointments",
                    "{\"startsAt\":\"2030-01-01T02:00:00Z\",\"purpose\":\"x\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            tech.post("customers/" + id + "/lost-sales", "{\"reasonId\":" + reasonId("PRICE") + "}")
                .status())
        .isEqualTo(403);
    assertThat(
            tech.post(
                    "customers/" + id + "/base-promotion",
                    "{\"kind\":\"OTHER_BRAND_OWNER\",\"reason\":\"x\"}")
                .status())
        .isEqualTo(403);
    assertThat(tech.post("registers", "{\"kind\":\"VISIT\",\"outcome\":\"x\"}").status())
        .isEqualTo(403);
  }

  private long reasonId(String code) {
    return consultant
        .get("lost-reasons")
        .structure()
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(r -> r.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }
}
