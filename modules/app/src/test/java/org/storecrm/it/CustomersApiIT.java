package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The customer card, grades and follow-ups over the REST API. */
@SystemTest
class CustomersApiIT {
  private final Api consultant;
  private final Api manager;
  private final Api plazaConsultant;
  private final Api tech;
  private final Api admin;

  CustomersApiIT(URI base) {
    consultant = Api.as(base, "consultant", "demo");
    manager = Api.as(base, "manager", "demo");
    plazaConsultant = Api.as(base, "plaza.consultant", "demo");
    tech = Api.as(base, "tech", "demo");
    admin = Api.as(base, "admin", "demo");
  }

  @Test
  void aSecondRegistrationOfAPhoneFindsTheExistingCard() {
    String phone = mobile();
    Api.Reply first = consultant.post("customers", walkIn("王芳", phone));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    long id = first.json().getJsonNumber("id").longValue();
    assertThat(first.header("Location")).endsWith("/api/v1/customers/" + id);
    assertThat(first.json().getString("classification")).isEqualTo("POTENTIAL");

    Api.Reply second = manager.post("customers", walkIn("Wang Fang", phone));
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.contentType()).startsWith("application/problem+json");
    assertThat(second.json().getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(PlatformApiIT.fields(second)).containsExactly("phone");

    // Another store may have the same phone as its own customer.
    assertThat(plazaConsultant.post("customers", walkIn("王芳", phone)).status()).isEqualTo(201);
  }

  @Test
  void anotherStoresCustomerIsNotFound() {
    long id = register(consultant, "李雷", mobile());
    assertThat(plazaConsultant.get("customers/" + id).status()).isEqualTo(404);
    assertThat(plazaConsultant.put("customers/" + id + "/grade", "{\"grade\":\"A\"}").status())
        .isEqualTo(404);
    assertThat(manager.get("customers/" + id).status()).isEqualTo(200);
  }

  @Test
  void mobilesAreCheckedAndOtherNumbersNeedATypedKind() {
    Api.Reply wrong = consultant.post("customers", walkIn("Short", "1381234"));
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(wrong)).containsExactly("phone");
    Api.Reply other =
        consultant.post(
            "customers",
            """
            {"name":"Foreign Visitor","phone":"+44 20 7946 %04d","phoneType":"OTHER","type":"PERSON","source":"WALK_IN","region":"CITY"}"""
                .formatted(ThreadLocalRandom.current().nextInt(10000)));
    assertThat(other.status()).as(other.toString()).isEqualTo(201);
    Api.Reply invalid = consultant.post("customers", "{\"phone\":\"13800000000\"}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(PlatformApiIT.fields(invalid)).contains("name", "type", "source", "region");
  }

  @Test
  void searchFindsByPhonePrefixAndPartOfTheNameAndMasksPhonesForHeadOffice() {
    String phone = mobile();
    String name = "韩梅梅" + ThreadLocalRandom.current().nextInt(1000, 9999);
    long id = register(consultant, name, phone);
    assertThat(ids(consultant.get("customers?q=" + phone.substring(0, 8)).json())).contains(id);
    assertThat(ids(consultant.get("customers?q=" + name.substring(1)).json())).contains(id);
    assertThat(ids(plazaConsultant.get("customers?q=" + phone).json())).doesNotContain(id);

    JsonObject seenByAdmin =
        admin.get("customers?q=" + phone).json().getJsonArray("items").getJsonObject(0);
    assertThat(seenByAdmin.getString("phone"))
        .isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
    assertThat(consultant.get("customers/" + id).json().getString("phone")).isEqualTo(phone);
  }

  @Test
  void gradeHSchedulesTheNextFollowUpTwoDaysOutAndCompletingSchedulesTheNext() {
    long id = register(consultant, "赵磊", mobile());
    Instant before = Instant.now();
    Api.Reply graded =
        consultant.put(
            "customers/" + id + "/grade", "{\"grade\":\"H\",\"reason\":\"chose the model\"}");
    assertThat(graded.status()).as(graded.toString()).isEqualTo(200);
    JsonObject card = graded.json();
    assertThat(card.getString("grade")).isEqualTo("H");
    assertThat(card.getString("classification")).isEqualTo("BASE");
    assertThat(card.getString("baseKind")).isEqualTo("INTENT");
    Instant next = Instant.parse(card.getString("nextFollowUpDue"));
    assertThat(Duration.between(before, next))
        .isBetween(Duration.ofDays(2).minusMinutes(1), Duration.ofDays(2).plusMinutes(1));

    // Re-grading replaces the cadence task rather than adding one.
    consultant.put("customers/" + id + "/grade", "{\"grade\":\"B\"}");
    consultant.put("customers/" + id + "/grade", "{\"grade\":\"A\"}");
    JsonObject regraded = consultant.get("customers/" + id).json();
    assertThat(Duration.between(before, Instant.parse(regraded.getString("nextFollowUpDue"))))
        .isBetween(Duration.ofDays(7).minusMinutes(1), Duration.ofDays(7).plusMinutes(1));

    assertThat(tech.put("customers/" + id + "/grade", "{\"grade\":\"O\"}").status())
        .as("service staff do not grade intent customers")
        .isEqualTo(403);
  }

  @Test
  void aNewLeadIsDueForFirstContactWithin24HoursAndTheQueueCompletesIt() {
    String name = "Lead " + ThreadLocalRandom.current().nextInt(100000);
    Api.Reply created =
        manager.post(
            "customers",
            """
            {"name":"%s","phone":"%s","type":"PERSON","source":"HEAD_OFFICE_LEAD","region":"COUNTY","consultantId":%d}"""
                .formatted(name, mobile(), consultantId()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    Instant due = Instant.parse(created.json().getString("nextFollowUpDue"));
    assertThat(Duration.between(Instant.now(), due))
        .isBetween(Duration.ofHours(23), Duration.ofHours(24));

    JsonObject task = findTask(consultant, id);
    assertThat(task.getString("reason")).isEqualTo("FIRST_CONTACT");
    assertThat(task.getBoolean("overdue")).isFalse();
    assertThat(
            plazaConsultant
                .post("follow-ups/" + task.getJsonNumber("id") + "/complete", "{\"outcome\":\"x\"}")
                .status())
        .isEqualTo(404);

    Api.Reply done =
        consultant.post(
            "follow-ups/" + task.getJsonNumber("id") + "/complete",
            "{\"outcome\":\"reached, visiting Saturday\",\"satisfaction\":3}");
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.json().getString("status")).isEqualTo("DONE");
    assertThat(
            consultant
                .post(
                    "follow-ups/" + task.getJsonNumber("id") + "/complete",
                    "{\"outcome\":\"again\"}")
                .status())
        .isEqualTo(409);

    // A score of 3 opens a recovery task in the manager's queue, due now.
    assertThat(findTask(manager, id).getString("reason")).isEqualTo("RECOVERY");
    assertThat(manager.get("follow-ups?status=DUE&size=200").json().toString())
        .contains("\"customerId\":" + id);
    List<JsonObject> timeline =
        consultant
            .get("customers/" + id + "/contacts")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(timeline).extracting(c -> c.getString("kind")).contains("CALLBACK");
  }

  @Test
  void ofTwoEditsOfOneCardTheSecondGetsAClearConflict() {
    long id = register(consultant, "刘洋", mobile());
    long version = consultant.get("customers/" + id).json().getJsonNumber("version").longValue();
    long referrer = register(consultant, "介绍人", mobile());
    String edit =
        """
        {"name":"%s","type":"PERSON","region":"CITY","city":"Shanghai","marketingConsent":true,"gender":"MALE","address":"Nanjing Road 800","otherPhones":["021-63510000"],"referrerId":%d,"version":%d}"""
            .replace("%d,\"version", referrer + ",\"version");
    Api.Reply first = consultant.put("customers/" + id, edit.formatted("刘洋（先改）", version));
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().getBoolean("marketingConsent")).isTrue();
    assertThat(first.json().getString("consentAt")).isNotBlank();
    assertThat(first.json().getString("gender")).isEqualTo("MALE");
    assertThat(first.json().getJsonArray("otherPhones").getString(0)).isEqualTo("021-63510000");
    assertThat(first.json().getJsonNumber("referrerId").longValue()).isEqualTo(referrer);
    Api.Reply second = manager.put("customers/" + id, edit.formatted("刘洋（后改）", version));
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().getString("detail")).contains("changed by someone else");
    assertThat(consultant.get("customers/" + id).json().getString("name")).isEqualTo("刘洋（先改）");
    assertThat(ids(consultant.get("customers?q=（先改").json()))
        .as("a renamed customer is found by the new name's parts")
        .contains(id);
    assertThat(
            consultant
                .put(
                    "customers/" + id,
                    edit.formatted("again", first.json().getJsonNumber("version").longValue()))
                .status())
        .isEqualTo(200);
  }

  @Test
  void aReferrerMustBeACustomerOfTheStoreAndOtherPhonesAreChecked() {
    long plazaCustomer = register(plazaConsultant, "别店", mobile());
    Api.Reply refused =
        consultant.post(
            "customers",
            """
            {"name":"被介绍","phone":"%s","type":"PERSON","source":"REFERRAL","region":"CITY","referrerId":%d}"""
                .formatted(mobile(), plazaCustomer));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(refused)).containsExactly("referrerId");
    Api.Reply badPhone =
        consultant.post(
            "customers",
            """
            {"name":"电话","phone":"%s","type":"PERSON","source":"WALK_IN","region":"CITY","otherPhones":["12"]}"""
                .formatted(mobile()));
    assertThat(badPhone.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(badPhone)).containsExactly("otherPhones[0]");
  }

  @Test
  void theSweepOpensOneBirthdayCallPerBaseCustomerAndRunningItTwiceCreatesNothingTwice() {
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    String birthday = today.withYear(1990).toString();
    if (today.getMonthValue() == 2 && today.getDayOfMonth() == 29) {
      birthday = "1992-02-29";
    }
    Api.Reply created =
        consultant.post(
            "customers",
            """
            {"name":"寿星","phone":"%s","type":"PERSON","source":"WALK_IN","region":"CITY","birthday":"%s"}"""
                .formatted(mobile(), birthday));
    long id = created.json().getJsonNumber("id").longValue();
    long potentialId = register(consultant, "潜在", mobile());
    consultant.put("customers/" + id + "/grade", "{\"grade\":\"B\"}"); // base: intent

    assertThat(consultant.post("admin/jobs/followups/run", "").status()).isEqualTo(403);
    Api.Reply first = admin.post("admin/jobs/followups/run", "");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().getInt("birthdayTasks")).isPositive();
    Api.Reply second = admin.post("admin/jobs/followups/run", "");
    assertThat(second.json().getInt("birthdayTasks")).isZero();

    List<JsonObject> open =
        consultant
            .get("follow-ups?status=OPEN&size=200")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(open)
        .filteredOn(t -> t.getJsonNumber("customerId").longValue() == id)
        .extracting(t -> t.getString("reason"))
        .containsExactlyInAnyOrder("BIRTHDAY", "GRADE_CADENCE");
    assertThat(open).noneMatch(t -> t.getJsonNumber("customerId").longValue() == potentialId);
  }

  @Test
  void contactsMayBeImportedWithAPastTime() {
    long id = register(consultant, "Import", mobile());
    Api.Reply logged =
        consultant.post(
            "customers/" + id + "/contacts",
            "{\"kind\":\"VISIT\",\"occurredAt\":\"2025-03-01T02:00:00Z\",\"outcome\":\"looked at notebooks\",\"nextStep\":\"send the X1 price\"}");
    assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    assertThat(logged.json().getString("nextStep")).isEqualTo("send the X1 price");
    assertThat(logged.json().getString("occurredAt")).startsWith("2025-03-01T02:00");
    assertThat(consultant.post("customers/" + id + "/contacts", "{\"kind\":\"VISIT\"}").status())
        .isEqualTo(400);
    assertThat(consultant.get("customers/" + id + "/contacts").structure().toString())
        .as("the walk-in's purpose and outcome are in the register")
        .contains("looking at phones", "left details");
  }

  private long consultantId() {
    return manager.userId("consultant");
  }

  static JsonObject findTask(Api api, long customerId) {
    return api
        .get("follow-ups?status=OPEN&size=200")
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(t -> t.getJsonNumber("customerId").longValue() == customerId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no open follow-up for customer " + customerId));
  }

  static long register(Api api, String name, String phone) {
    Api.Reply created = api.post("customers", walkIn(name, phone));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(c -> c.getJsonNumber("id").longValue())
        .toList();
  }

  static String walkIn(String name, String phone) {
    return """
        {"name":"%s","phone":"%s","type":"PERSON","source":"WALK_IN","region":"CITY","city":"Shanghai","purpose":"looking at phones","outcome":"left details"}"""
        .formatted(name, phone);
  }

  static String mobile() {
    return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }
}
