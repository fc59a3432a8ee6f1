package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The customer card, grades and follow-ups over the REST API. */
@SystemTest
class CustomersApiIT {
  private final Api consultant;
  private final Api manager;
  private final Api plazaConsultant;
  private final Api tech;
  private final Api admin;
  private final Api accounts;

  CustomersApiIT(URI base) {
    consultant = Api.as(base, "consultant", "demo");
    manager = Api.as(base, "manager", "demo");
    plazaConsultant = Api.as(base, "plaza.consultant", "demo");
    tech = Api.as(base, "tech", "demo");
    admin = Api.as(base, "admin", "demo");
    accounts = Api.as(base, "accounts", "demo");
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

    // Masked roles are a setting: account managers do not call store customers, technicians do.
    JsonObject seenByAccounts =
        accounts.get("customers?q=" + phone).json().getJsonArray("items").getJsonObject(0);
    assertThat(seenByAccounts.getString("phone"))
        .isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
    assertThat(accounts.get("customers/" + id).json().getString("phone")).contains("****");
    JsonObject seenByTech =
        tech.get("customers?q=" + phone).json().getJsonArray("items").getJsonObject(0);
    assertThat(seenByTech.getString("phone")).isEqualTo(phone);
  }

  @Test
  void searchPagesCountTheWholeListAndSortInTheDatabase() {
    String prefix = "137" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    String tag = "翻" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    long first = register(consultant, tag + "甲", prefix + "1");
    long second = register(consultant, tag + "乙", prefix + "2");
    long third = register(consultant, tag + "丙", prefix + "3");

    // A full page is counted; a short last page and an empty page past the end keep the total.
    for (String q : List.of(prefix, tag)) {
      JsonObject full = consultant.get("customers?size=2&q=" + q).json();
      JsonObject last = consultant.get("customers?size=2&page=1&q=" + q).json();
      JsonObject past = consultant.get("customers?size=2&page=5&q=" + q).json();
      assertThat(ids(full)).hasSize(2);
      assertThat(ids(last)).hasSize(1);
      assertThat(ids(past)).isEmpty();
      assertThat(List.of(full, last, past))
          .as(q)
          .allSatisfy(page -> assertThat(page.getJsonNumber("total").longValue()).isEqualTo(3));
      assertThat(union(ids(full), ids(last))).containsExactlyInAnyOrder(first, second, third);
    }
    assertThat(ids(consultant.get("customers?size=2&q=" + prefix).json()))
        .containsExactly(first, second);
    assertThat(ids(consultant.get("customers?sort=registeredAt&desc=true&q=" + prefix).json()))
        .containsExactly(third, second, first);
    assertThat(ids(consultant.get("customers?sort=registeredAt&q=" + tag).json()))
        .containsExactly(first, second, third);
    JsonObject otherStore = plazaConsultant.get("customers?q=" + tag).json();
    assertThat(ids(otherStore)).isEmpty();
    assertThat(otherStore.getJsonNumber("total").longValue()).isZero();
  }

  private static List<Long> union(List<Long> a, List<Long> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
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
  void aConsultantSeesTheComingDaysFollowUpsWhichAreNeitherDueNorOverdue() {
    long id = register(consultant, "下周跟进", mobile());
    JsonObject card = consultant.put("customers/" + id + "/grade", "{\"grade\":\"H\"}").json();
    LocalDate day =
        LocalDate.ofInstant(Instant.parse(card.getString("nextFollowUpDue")), CHAIN_ZONE);

    assertThat(queueHolds(consultant, "status=UPCOMING", id)).as("the week ahead").isTrue();
    assertThat(queueHolds(consultant, "status=UPCOMING&from=" + day + "&to=" + day, id)).isTrue();
    assertThat(
            queueHolds(
                consultant,
                "status=UPCOMING&from=" + day.plusDays(1) + "&to=" + day.plusDays(7),
                id))
        .isFalse();
    assertThat(queueHolds(consultant, "status=DUE", id)).isFalse();
    assertThat(queueHolds(consultant, "status=OVERDUE", id)).isFalse();
    assertThat(queueHolds(manager, "status=UPCOMING", id)).as("the manager's team view").isTrue();
    assertThat(queueHolds(plazaConsultant, "status=UPCOMING", id)).isFalse();

    Api.Reply tooLong =
        consultant.get("follow-ups?status=UPCOMING&from=" + day + "&to=" + day.plusDays(63));
    assertThat(tooLong.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(tooLong)).containsExactly("to");
    assertThat(tech.get("follow-ups?status=UPCOMING").status()).isEqualTo(403);
  }

  @Test
  void aNextStepWithATimePlansThatContactAndTheCallThatKeepsItClosesIt() {
    long id = register(consultant, "回电", mobile());
    Instant at = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
    Api.Reply logged =
        consultant.post(
            "customers/" + id + "/contacts",
            "{\"kind\":\"CALL\",\"outcome\":\"wants the price\","
                + "\"nextStep\":\"call back with the X1 price\",\"nextStepAt\":\""
                + at
                + "\"}");
    assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    List<JsonObject> planned = openTasks(consultant, id);
    assertThat(planned).hasSize(1);
    assertThat(planned.get(0).getString("reason")).isEqualTo("PLANNED_CONTACT");
    assertThat(planned.get(0).getString("plannedStep")).isEqualTo("call back with the X1 price");
    assertThat(Instant.parse(planned.get(0).getString("dueAt"))).isEqualTo(at);
    assertThat(Instant.parse(consultant.get("customers/" + id).json().getString("nextFollowUpDue")))
        .as("the card shows the next planned contact")
        .isEqualTo(at);

    Api.Reply noStep =
        consultant.post(
            "customers/" + id + "/contacts",
            "{\"kind\":\"CALL\",\"outcome\":\"x\",\"nextStepAt\":\"" + at + "\"}");
    assertThat(noStep.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(noStep)).containsExactly("nextStep");
    Api.Reply past =
        consultant.post(
            "customers/" + id + "/contacts",
            "{\"kind\":\"CALL\",\"outcome\":\"x\",\"nextStep\":\"y\",\"nextStepAt\":\""
                + Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS)
                + "\"}");
    assertThat(past.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(past)).containsExactly("nextStepAt");
    assertThat(openTasks(consultant, id)).as("the refused contacts changed nothing").hasSize(1);

    assertThat(
            consultant
                .post(
                    "customers/" + id + "/contacts",
                    "{\"kind\":\"CALL\",\"outcome\":\"called back with the price\"}")
                .status())
        .isEqualTo(201);
    assertThat(openTasks(consultant, id)).as("the call back was the planned contact").isEmpty();
  }

  @Test
  void anyCustomerIsGivenAPlannedContactWhenWhyAndByWhom() {
    long id = register(consultant, "换机计划", mobile());
    Instant at = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.MINUTES);
    Api.Reply planned =
        consultant.post(
            "follow-ups",
            "{\"customerId\":%d,\"dueAt\":\"%s\",\"purpose\":\"REPLACEMENT_DUE\",\"step\":\"offer the X2\"}"
                .formatted(id, at));
    assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
    long me = consultantId();
    String plannedPath = "follow-ups/" + planned.json().getJsonNumber("id").longValue();
    assertThat(planned.header("Location")).endsWith(plannedPath);
    JsonObject task = consultant.get(plannedPath).json();
    assertThat(task.getString("purpose")).isEqualTo("REPLACEMENT_DUE");
    assertThat(task.getString("plannedStep")).isEqualTo("offer the X2");
    assertThat(task.getString("reason")).isEqualTo("PLANNED_CONTACT");
    assertThat(task.getJsonNumber("consultantId").longValue())
        .as("the planner's own")
        .isEqualTo(me);
    assertThat(Instant.parse(task.getString("dueAt"))).isEqualTo(at);
    LocalDate day = LocalDate.ofInstant(at, CHAIN_ZONE);
    assertThat(queueHolds(consultant, "status=UPCOMING&from=" + day + "&to=" + day, id)).isTrue();

    // A manager assigns it to a consultant of the store, not to one of another store.
    long colleague =
        admin
            .post(
                "users",
                PlatformApiIT.newUser(
                    "fu." + PlatformApiIT.suffix(),
                    "long-enough-1",
                    "CONSULTANT",
                    manager.get("me").json().getJsonNumber("storeId").longValue()))
            .json()
            .getJsonNumber("id")
            .longValue();
    String callback =
        "{\"customerId\":%d,\"dueAt\":\"%s\",\"purpose\":\"CALLBACK\",\"consultantId\":%d}";
    Api.Reply assigned = manager.post("follow-ups", callback.formatted(id, at, colleague));
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
    assertThat(assigned.json().getJsonNumber("consultantId").longValue()).isEqualTo(colleague);
    assertThat(
            consultant
                .get("follow-ups/" + assigned.json().getJsonNumber("id").longValue())
                .status())
        .as("a colleague's task is not the consultant's")
        .isEqualTo(404);
    long elsewhere = admin.userId("plaza.consultant");
    Api.Reply wrongStore = manager.post("follow-ups", callback.formatted(id, at, elsewhere));
    assertThat(wrongStore.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(wrongStore)).containsExactly("consultantId");

    // Denials: a consultant assigning a colleague, a past time, another store, the service role.
    Api.Reply forColleague = consultant.post("follow-ups", callback.formatted(id, at, colleague));
    assertThat(forColleague.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(forColleague)).containsExactly("consultantId");
    Api.Reply past =
        consultant.post(
            "follow-ups",
            "{\"customerId\":%d,\"dueAt\":\"%s\",\"purpose\":\"CALLBACK\"}"
                .formatted(
                    id, Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS)));
    assertThat(past.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(past)).containsExactly("dueAt");
    Api.Reply noPurpose =
        consultant.post("follow-ups", "{\"customerId\":%d,\"dueAt\":\"%s\"}".formatted(id, at));
    assertThat(noPurpose.status()).as("a missing field is invalid input").isEqualTo(400);
    assertThat(PlatformApiIT.fields(noPurpose)).containsExactly("purpose");
    String mine = "{\"customerId\":%d,\"dueAt\":\"%s\",\"purpose\":\"OTHER\"}".formatted(id, at);
    assertThat(plazaConsultant.post("follow-ups", mine).status()).isEqualTo(404);
    assertThat(plazaConsultant.get(plannedPath).status()).isEqualTo(404);
    assertThat(tech.post("follow-ups", mine).status()).isEqualTo(403);
    assertThat(openTasks(manager, id))
        .filteredOn(t -> t.getString("reason").equals("PLANNED_CONTACT"))
        .as("only the two accepted plans")
        .hasSize(2);
  }

  private static final java.time.ZoneId CHAIN_ZONE = java.time.ZoneId.of("Asia/Shanghai");

  /** Whether a follow-up queue lists a customer, reading it page by page. */
  private static boolean queueHolds(Api api, String query, long customerId) {
    for (int page = 0; page < 50; page++) {
      JsonObject answer = api.get("follow-ups?" + query + "&size=100&page=" + page).json();
      List<JsonObject> items = answer.getJsonArray("items").getValuesAs(JsonObject.class);
      if (items.stream().anyMatch(t -> t.getJsonNumber("customerId").longValue() == customerId)) {
        return true;
      }
      if (items.size() < 100) {
        return false;
      }
    }
    return false;
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
    assertThat(openTasks(manager, id))
        .extracting(t -> t.getString("reason"))
        .containsExactly("RECOVERY");
    assertThat(manager.get("follow-ups?status=DUE&size=200").json().toString())
        .as("due now is overdue at once: not in the due queue")
        .doesNotContain("\"customerId\":" + id + ",");
    long recovery = openTasks(manager, id).get(0).getJsonNumber("id").longValue();
    assertThat(
            consultant
                .post("follow-ups/" + recovery + "/complete", "{\"outcome\":\"not mine\"}")
                .status())
        .as("a consultant completes only their own tasks, not the manager's")
        .isEqualTo(404);
    assertThat(
            manager
                .post("follow-ups/" + recovery + "/complete", "{\"outcome\":\"apologised\"}")
                .status())
        .isEqualTo(200);
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

    // All pages of the queue: other suites' sweeps (holiday greetings, member care) fill it too.
    assertThat(openTasks(consultant, id))
        .extracting(t -> t.getString("reason"))
        .containsExactlyInAnyOrder("BIRTHDAY", "GRADE_CADENCE");
    assertThat(openTasks(consultant, potentialId)).isEmpty();
  }

  @Test
  void callsLoggedAtOnceByColleaguesAreAllKept() throws Exception {
    long id = register(consultant, "Busy line", mobile());
    int before = consultant.get("customers/" + id + "/contacts").structure().asJsonArray().size();
    int calls = 8;
    ExecutorService colleagues = Executors.newFixedThreadPool(calls);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Api.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        Api who = i % 2 == 0 ? consultant : manager;
        String outcome = "call " + i;
        replies.add(
            colleagues.submit(
                () -> {
                  start.await();
                  return who.post(
                      "customers/" + id + "/contacts",
                      "{\"kind\":\"CALL\",\"outcome\":\"" + outcome + "\"}");
                }));
      }
      start.countDown();
      for (Future<Api.Reply> reply : replies) {
        Api.Reply answer = reply.get(60, TimeUnit.SECONDS);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
      }
    } finally {
      colleagues.shutdownNow();
    }
    assertThat(consultant.get("customers/" + id + "/contacts").structure().asJsonArray())
        .as("every colleague's call is in the register")
        .hasSize(before + calls);
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

  @Test
  void aContactLoggedOnTheCardIsTheFollowUpAndTheNextIsScheduledFromTheGrade() {
    long id = lead(manager, consultantId());
    Api.Reply graded = consultant.put("customers/" + id + "/grade", "{\"grade\":\"A\"}");
    assertThat(graded.status()).as(graded.toString()).isEqualTo(200);
    List<JsonObject> before = openTasks(consultant, id);
    assertThat(before)
        .extracting(t -> t.getString("reason"))
        .containsExactlyInAnyOrder("FIRST_CONTACT", "GRADE_CADENCE");

    Instant called = Instant.now();
    Api.Reply logged =
        consultant.post(
            "customers/" + id + "/contacts",
            "{\"kind\":\"CALL\",\"outcome\":\"reached, sending the price\"}");
    assertThat(logged.status()).as(logged.toString()).isEqualTo(201);

    List<JsonObject> after = openTasks(consultant, id);
    assertThat(after).as("the call was the first contact and the cadence call").hasSize(1);
    JsonObject next = after.get(0);
    assertThat(next.getString("reason")).isEqualTo("GRADE_CADENCE");
    assertThat(before).noneMatch(t -> t.getJsonNumber("id").equals(next.getJsonNumber("id")));
    assertThat(Duration.between(called, Instant.parse(next.getString("dueAt"))))
        .as("grade A: a week after the call")
        .isBetween(Duration.ofDays(7).minusMinutes(1), Duration.ofDays(7).plusMinutes(1));
    assertThat(consultant.get("customers/" + id).json().getString("nextFollowUpDue"))
        .isEqualTo(next.getString("dueAt"));

    // An older contact imported afterwards is not a follow-up.
    consultant.post(
        "customers/" + id + "/contacts",
        "{\"kind\":\"VISIT\",\"occurredAt\":\"2025-03-01T02:00:00Z\",\"outcome\":\"old\"}");
    assertThat(openTasks(consultant, id))
        .extracting(t -> t.getJsonNumber("id"))
        .containsExactly(next.getJsonNumber("id"));
  }

  @Test
  void assigningAnUnassignedLeadMovesItsFirstContactTaskAndStartsThe24HourClock() {
    long id = lead(manager, null);
    assertThat(consultant.get("customers/" + id).status()).isEqualTo(200);
    assertThat(openTasks(consultant, id)).as("not the consultant's yet").isEmpty();
    assertThat(leadIds()).as("the team screen's lead list").contains(id);

    Instant assigned = Instant.now();
    Api.Reply moved =
        manager.post(
            "customers/reassignment",
            "{\"customerIds\":[%d],\"consultantId\":%d}".formatted(id, consultantId()));
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

    List<JsonObject> tasks = openTasks(consultant, id);
    assertThat(tasks).extracting(t -> t.getString("reason")).containsExactly("FIRST_CONTACT");
    Instant due = Instant.parse(tasks.get(0).getString("dueAt"));
    assertThat(due).isAfterOrEqualTo(assigned.plus(Duration.ofHours(24)).minusSeconds(5));
    assertThat(due).isBefore(Instant.now().plus(Duration.ofHours(24)).plusSeconds(5));
    assertThat(consultant.get("customers/" + id).json().getString("nextFollowUpDue"))
        .isEqualTo(tasks.get(0).getString("dueAt"));
  }

  @Test
  void concurrentRegistrationsOfOnePhoneMakeOneCardAndTheRestAreTold409WithItsId()
      throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      for (int round = 0; round < 3; round++) {
        String phone = mobile();
        List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < 6; i++) {
          Api api = i % 2 == 0 ? consultant : manager;
          replies.add(
              pool.submit(
                  () -> {
                    start.await();
                    return api.post("customers", walkIn("并发" + phone, phone));
                  }));
        }
        start.countDown();
        List<Api.Reply> done = new java.util.ArrayList<>();
        for (var reply : replies) {
          done.add(reply.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        assertThat(done).as(done.toString()).filteredOn(r -> r.status() == 201).hasSize(1);
        long id =
            done.stream()
                .filter(r -> r.status() == 201)
                .findFirst()
                .orElseThrow()
                .json()
                .getJsonNumber("id")
                .longValue();
        assertThat(done)
            .as(done.toString())
            .filteredOn(r -> r.status() != 201)
            .allSatisfy(
                r -> {
                  assertThat(r.status()).isEqualTo(409);
                  assertThat(r.contentType()).startsWith("application/problem+json");
                  assertThat(r.json().getJsonNumber("id").longValue()).isEqualTo(id);
                });
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aCustomersLanguageIsChineseUnlessEnglishIsChosenAndIsKeptOnEdit() {
    long chinese = register(consultant, "默认语言", mobile());
    assertThat(consultant.get("customers/" + chinese).json().getString("language"))
        .isEqualTo("zh_CN");
    Api.Reply english =
        consultant.post(
            "customers",
            """
            {"name":"Mr Smith","phone":"%s","type":"PERSON","source":"WALK_IN","region":"CITY","language":"en"}"""
                .formatted(mobile()));
    assertThat(english.status()).as(english.toString()).isEqualTo(201);
    assertThat(english.json().getString("language")).isEqualTo("en");
    Api.Reply wrong =
        consultant.post(
            "customers",
            """
            {"name":"Wrong","phone":"%s","type":"PERSON","source":"WALK_IN","region":"CITY","language":"fr"}"""
                .formatted(mobile()));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(PlatformApiIT.fields(wrong)).containsExactly("language");

    long id = english.json().getJsonNumber("id").longValue();
    long version = english.json().getJsonNumber("version").longValue();
    Api.Reply edited =
        consultant.put(
            "customers/" + id,
            """
            {"name":"Mr Smith","type":"PERSON","region":"CITY","marketingConsent":false,"version":%d,"language":"zh_CN"}"""
                .formatted(version));
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    assertThat(edited.json().getString("language")).isEqualTo("zh_CN");
  }

  /** A head-office lead registered by the manager, for {@code consultant} or for nobody. */
  private long lead(Api api, Long consultant) {
    Api.Reply created =
        api.post(
            "customers",
            """
            {"name":"Lead %d","phone":"%s","type":"PERSON","source":"HEAD_OFFICE_LEAD","region":"CITY"%s}"""
                .formatted(
                    ThreadLocalRandom.current().nextInt(100000),
                    mobile(),
                    consultant == null ? "" : ",\"consultantId\":" + consultant));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private List<Long> leadIds() {
    List<Long> ids = new java.util.ArrayList<>();
    for (int page = 0; page < 50; page++) {
      JsonObject leads =
          manager.get("customer-reports/intent-status?leads=true&size=200&page=" + page).json();
      List<Long> items =
          leads.getJsonArray("items").getValuesAs(JsonObject.class).stream()
              .map(row -> row.getJsonNumber("customerId").longValue())
              .toList();
      ids.addAll(items);
      if (items.size() < 200) {
        break;
      }
    }
    return ids;
  }

  static List<JsonObject> openTasks(Api api, long customerId) {
    List<JsonObject> tasks = new java.util.ArrayList<>();
    for (int page = 0; page < 50; page++) {
      List<JsonObject> items =
          api.get("follow-ups?status=OPEN&size=200&page=" + page)
              .json()
              .getJsonArray("items")
              .getValuesAs(JsonObject.class);
      items.stream().filter(t -> isFor(t, customerId)).forEach(tasks::add);
      if (items.size() < 200) {
        break;
      }
    }
    return tasks;
  }

  /** A task about this customer (a hotline task without a card names no customer). */
  static boolean isFor(JsonObject task, long customerId) {
    return task.get("customerId") instanceof jakarta.json.JsonNumber number
        && number.longValue() == customerId;
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
        .filter(t -> isFor(t, customerId))
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
