package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Satisfaction surveys and complaints over the REST API. A change by someone who is neither the
 * complaint's owner nor a manager is refused as a rule violation (422, {@code
 * error.complaint.notOwner}), like the other "not yours to assign" rules of the customers module.
 */
@SystemTest
class ComplaintsApiIT {
  private final Api consultant;
  private final Api manager;
  private final Api tech;
  private final Api accounts;
  private final Api plazaConsultant;
  private final Api admin;

  ComplaintsApiIT(URI base) {
    consultant = Api.as(base, "consultant", "demo");
    manager = Api.as(base, "manager", "demo");
    tech = Api.as(base, "tech", "demo");
    accounts = Api.as(base, "accounts", "demo");
    plazaConsultant = Api.as(base, "plaza.consultant", "demo");
    admin = Api.as(base, "admin", "demo");
  }

  @Test
  void aComplaintIsAcknowledgedAtOnceWithItsNumberAndA48HourDeadline() {
    long customer = customer("投诉人");
    Instant before = Instant.now();
    Api.Reply logged = consultant.post("complaints", complaint(customer, null));
    assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    JsonObject ack = logged.json();
    long id = ack.getJsonNumber("id").longValue();
    assertThat(logged.header("Location")).endsWith("/api/v1/complaints/" + id);
    assertThat(ack.getString("number")).isEqualTo(String.format("TS%08d", id));
    assertThat(ack.getString("status")).isEqualTo("OPEN");
    assertThat(ack.getString("ownerUsername")).isEqualTo("consultant");
    assertThat(ack.getString("customerName")).isEqualTo("投诉人");
    assertThat(ack.getBoolean("overdue")).isFalse();
    assertThat(ack.getBoolean("escalated")).isFalse();
    Instant opened = Instant.parse(ack.getString("openedAt"));
    assertThat(opened).isBetween(before.minusSeconds(5), Instant.now().plusSeconds(5));
    assertThat(Duration.between(opened, Instant.parse(ack.getString("deadline"))))
        .isEqualTo(Duration.ofHours(48));

    assertThat(manager.get("complaints/" + id).json().getString("number"))
        .isEqualTo(ack.getString("number"));
    assertThat(tech.post("complaints", complaint(customer, null)).status())
        .as("service staff log complaints too")
        .isEqualTo(201);
    assertThat(accounts.post("complaints", complaint(customer, null)).status()).isEqualTo(403);

    Api.Reply invalid = consultant.post("complaints", "{\"description\":\" \"}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.contentType()).startsWith("application/problem+json");
    assertThat(PlatformApiIT.fields(invalid))
        .as("a card is not required: the hotline logs the caller's name and phone")
        .contains("channel", "category", "description");
    Api.Reply future =
        consultant.post("complaints", complaint(customer, Instant.now().plusSeconds(3600)));
    assertThat(future.status()).isEqualTo(400);
    assertThat(PlatformApiIT.fields(future)).containsExactly("openedAt");
  }

  @Test
  void anotherStoresComplaintIsNotFound() {
    long customer = customer("别店投诉");
    long id = log(consultant, customer);
    assertThat(plazaConsultant.get("complaints/" + id).status()).isEqualTo(404);
    assertThat(plazaConsultant.put("complaints/" + id, change("IN_PROGRESS", null, 0)).status())
        .isEqualTo(404);
    assertThat(plazaConsultant.post("complaints", complaint(customer, null)).status())
        .as("nor may another store log one against this store's customer")
        .isEqualTo(404);
    assertThat(ids(plazaConsultant.get("complaints?size=200").json())).doesNotContain(id);
    assertThat(ids(consultant.get("complaints?customerId=" + customer).json())).containsExactly(id);
  }

  @Test
  void resolvingNeedsAResolutionAndAStaleVersionIsAConflict() {
    long id = log(consultant, customer("待解决"));
    long version = consultant.get("complaints/" + id).json().getJsonNumber("version").longValue();

    Api.Reply bare = consultant.put("complaints/" + id, change("RESOLVED", "  ", version));
    assertThat(bare.status()).as(bare.toString()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(bare)).containsExactly("resolution");
    assertThat(bare.json().getString("code")).isEqualTo("error.complaint.resolutionRequired");

    Api.Reply working =
        consultant.put("complaints/" + id, change("IN_PROGRESS", "called back", version));
    assertThat(working.status()).as(working.toString()).isEqualTo(200);
    assertThat(working.json().getString("status")).isEqualTo("IN_PROGRESS");
    long next = working.json().getJsonNumber("version").longValue();
    assertThat(next).isGreaterThan(version);

    Api.Reply stale = manager.put("complaints/" + id, change("RESOLVED", "refund", version));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().getString("detail")).contains("changed by someone else");
    assertThat(consultant.get("complaints/" + id).json().getString("status"))
        .isEqualTo("IN_PROGRESS");

    Api.Reply resolved =
        consultant.put("complaints/" + id, change("RESOLVED", "exchanged the charger", next));
    assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    assertThat(resolved.json().getString("resolution")).isEqualTo("exchanged the charger");
    assertThat(resolved.json().getString("resolvedBy")).isEqualTo("consultant");
    assertThat(resolved.json().getString("resolvedAt")).isNotBlank();
    long after = resolved.json().getJsonNumber("version").longValue();
    assertThat(consultant.put("complaints/" + id, change("OPEN", null, after)).status())
        .as("a resolved complaint is closed")
        .isEqualTo(409);

    assertThat(ids(consultant.get("complaints?status=RESOLVED&size=200&sort=openedAt&desc=true")))
        .contains(id);
    assertThat(ids(consultant.get("complaints?status=OPEN&size=200"))).doesNotContain(id);
  }

  @Test
  void onlyTheOwnerOrAManagerMayChangeAComplaint() {
    long id = log(consultant, customer("谁负责"));
    long version = consultant.get("complaints/" + id).json().getJsonNumber("version").longValue();

    Api.Reply notOwner = tech.put("complaints/" + id, change("RESOLVED", "not mine", version));
    assertThat(notOwner.status()).as(notOwner.toString()).isEqualTo(422);
    assertThat(notOwner.json().getString("code")).isEqualTo("error.complaint.notOwner");

    long techId = userId("tech");
    Api.Reply handOver = consultant.put("complaints/" + id, changeOwner("OPEN", techId, version));
    assertThat(handOver.status()).as("only a manager hands a complaint over").isEqualTo(422);
    assertThat(PlatformApiIT.fields(handOver)).containsExactly("ownerId");

    Api.Reply reassigned = manager.put("complaints/" + id, changeOwner("OPEN", techId, version));
    assertThat(reassigned.status()).as(reassigned.toString()).isEqualTo(200);
    assertThat(reassigned.json().getString("ownerUsername")).isEqualTo("tech");
    long next = reassigned.json().getJsonNumber("version").longValue();

    assertThat(consultant.put("complaints/" + id, change("RESOLVED", "done", next)).status())
        .as("the former owner")
        .isEqualTo(422);
    Api.Reply byOwner = tech.put("complaints/" + id, change("RESOLVED", "repaired", next));
    assertThat(byOwner.status()).as(byOwner.toString()).isEqualTo(200);
    assertThat(byOwner.json().getString("status")).isEqualTo("RESOLVED");

    Api.Reply elsewhere =
        manager.post(
            "complaints",
            """
            {"customerId":%d,"channel":"COUNTER","category":"STAFF","description":"rude","ownerId":%d}"""
                .formatted(customer("店外负责人"), userId("plaza.consultant")));
    assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(elsewhere)).containsExactly("ownerId");
  }

  @Test
  void aScoreOfTwoOpensARecoveryTaskForTheManagerAndMeasuresCountIt() {
    long customer = customer("不满意");
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    JsonObject before = manager.get("satisfaction?from=" + today + "&to=" + today).json();

    Api.Reply low =
        consultant.post(
            "customers/" + customer + "/surveys",
            "{\"score\":2,\"occasion\":\"POST_SALE\",\"comment\":\"delivery was late\"}");
    assertThat(low.status()).as(low.toString()).isEqualTo(201);
    assertThat(low.json().getInt("score")).isEqualTo(2);
    long recovery = low.json().getJsonNumber("recoveryTaskId").longValue();

    List<JsonObject> managersQueue = CustomersApiIT.openTasks(manager, customer);
    assertThat(managersQueue)
        .filteredOn(t -> t.getJsonNumber("customerId").longValue() == customer)
        .singleElement()
        .satisfies(
            task -> {
              assertThat(task.getJsonNumber("id").longValue()).isEqualTo(recovery);
              assertThat(task.getString("reason")).isEqualTo("RECOVERY");
              assertThat(task.containsKey("consultantId")).as("the manager's queue").isFalse();
            });

    Api.Reply high =
        tech.post("customers/" + customer + "/surveys", "{\"score\":5,\"occasion\":\"SERVICE\"}");
    assertThat(high.status()).as(high.toString()).isEqualTo(201);
    assertThat(high.json().containsKey("recoveryTaskId")).isFalse();
    assertThat(
            consultant
                .get("customers/" + customer + "/surveys")
                .structure()
                .asJsonArray()
                .getValuesAs(JsonObject.class))
        .extracting(s -> s.getInt("score"))
        .containsExactly(5, 2);

    JsonObject after = manager.get("satisfaction?from=" + today + "&to=" + today).json();
    assertThat(after.getInt("surveys") - before.getInt("surveys")).isEqualTo(2);
    assertThat(after.getInt("fives") - before.getInt("fives")).isEqualTo(1);
    assertThat(Api.decimal(after, "averageScore").scale()).isEqualTo(2);
    assertThat(consultant.get("satisfaction?from=" + today + "&to=" + today).status())
        .isEqualTo(403);
    assertThat(manager.get("satisfaction?from=" + today + "&to=2020-01-01").status())
        .isEqualTo(422);

    Api.Reply invalid =
        consultant.post("customers/" + customer + "/surveys", "{\"score\":6,\"occasion\":\"X\"}");
    assertThat(invalid.status()).isEqualTo(400);
    Api.Reply outOfRange =
        consultant.post(
            "customers/" + customer + "/surveys", "{\"score\":0,\"occasion\":\"OTHER\"}");
    assertThat(PlatformApiIT.fields(outOfRange)).containsExactly("score");
    assertThat(
            plazaConsultant
                .post("customers/" + customer + "/surveys", "{\"score\":1,\"occasion\":\"OTHER\"}")
                .status())
        .isEqualTo(404);
  }

  @Test
  void aScoreGivenWhenAFollowUpIsCompletedIsKeptAsASurveyUnderTheSameRule() {
    long consultantId = userId("consultant");
    Api.Reply lead =
        manager.post(
            "customers",
            """
            {"name":"回访客户","phone":"%s","type":"PERSON","source":"HEAD_OFFICE_LEAD","region":"CITY","consultantId":%d}"""
                .formatted(CustomersApiIT.mobile(), consultantId));
    assertThat(lead.status()).as(lead.toString()).isEqualTo(201);
    long customer = lead.json().getJsonNumber("id").longValue();
    JsonObject task =
        consultant
            .get("follow-ups?status=OPEN&size=200")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(t -> t.getJsonNumber("customerId").longValue() == customer)
            .findFirst()
            .orElseThrow();
    Api.Reply done =
        consultant.post(
            "follow-ups/" + task.getJsonNumber("id") + "/complete",
            "{\"outcome\":\"reached\",\"satisfaction\":2,\"note\":\"waited too long\"}");
    assertThat(done.status()).as(done.toString()).isEqualTo(200);

    List<JsonObject> surveys =
        consultant
            .get("customers/" + customer + "/surveys")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(surveys).hasSize(1);
    JsonObject survey = surveys.get(0);
    assertThat(survey.getInt("score")).isEqualTo(2);
    assertThat(survey.getString("occasion")).isEqualTo("OTHER");
    assertThat(survey.getString("comment")).isEqualTo("waited too long");
    long recovery = survey.getJsonNumber("recoveryTaskId").longValue();
    assertThat(CustomersApiIT.openTasks(manager, customer))
        .filteredOn(t -> t.getJsonNumber("customerId").longValue() == customer)
        .extracting(t -> t.getJsonNumber("id").longValue(), t -> t.getString("reason"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(recovery, "RECOVERY"));
  }

  @Test
  void theSweepEscalatesAnOverdueComplaintOnceWithOneTaskForTheManager() {
    long customer = customer("逾期投诉");
    Instant longAgo = Instant.now().minus(Duration.ofHours(49));
    long overdue = log(consultant, customer, longAgo);
    long resolvedLate = log(consultant, customer, longAgo);
    long onTime = log(consultant, customer, null);
    JsonObject late = consultant.get("complaints/" + resolvedLate).json();
    assertThat(
            consultant
                .put(
                    "complaints/" + resolvedLate,
                    change("RESOLVED", "refunded", late.getJsonNumber("version").longValue()))
                .status())
        .isEqualTo(200);

    JsonObject before = consultant.get("complaints/" + overdue).json();
    assertThat(before.getBoolean("overdue")).isTrue();
    assertThat(before.getBoolean("escalated")).isFalse();
    assertThat(ids(consultant.get("complaints?overdue=true&customerId=" + customer)))
        .containsExactly(overdue);
    assertThat(ids(consultant.get("complaints?overdue=false&customerId=" + customer)))
        .containsExactlyInAnyOrder(resolvedLate, onTime);

    Api.Reply first = admin.post("admin/jobs/followups/run", "");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().getInt("escalatedComplaints")).isPositive();
    JsonObject escalated = consultant.get("complaints/" + overdue).json();
    assertThat(escalated.getBoolean("escalated")).isTrue();
    assertThat(escalated.getString("status")).as("still the owner's to resolve").isEqualTo("OPEN");
    String escalatedAt = escalated.getString("escalatedAt");
    assertThat(consultant.get("complaints/" + resolvedLate).json().getBoolean("escalated"))
        .isFalse();
    assertThat(consultant.get("complaints/" + onTime).json().getBoolean("escalated")).isFalse();

    Api.Reply second = admin.post("admin/jobs/followups/run", "");
    assertThat(second.json().getInt("escalatedComplaints")).isZero();
    assertThat(consultant.get("complaints/" + overdue).json().getString("escalatedAt"))
        .isEqualTo(escalatedAt);

    List<JsonObject> managersQueue =
        manager
            .get("follow-ups?status=OPEN&size=200")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(managersQueue)
        .filteredOn(t -> t.getJsonNumber("customerId").longValue() == customer)
        .extracting(t -> t.getString("reason"))
        .as("the overdue one's escalation; the satisfaction callback of the one resolved late")
        .containsExactlyInAnyOrder("COMPLAINT_ESCALATION", "COMPLAINT_CALLBACK");
    assertThat(
            consultant
                .get("follow-ups?status=OPEN&size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class))
        .as("the escalation is the manager's, not in the consultant's queue")
        .noneMatch(t -> t.getJsonNumber("customerId").longValue() == customer);
  }

  private long customer(String name) {
    Api.Reply created =
        consultant.post("customers", CustomersApiIT.walkIn(name, CustomersApiIT.mobile()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static long log(Api api, long customer) {
    return log(api, customer, null);
  }

  private static long log(Api api, long customer, Instant openedAt) {
    Api.Reply logged = api.post("complaints", complaint(customer, openedAt));
    assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    return logged.json().getJsonNumber("id").longValue();
  }

  private long userId(String username) {
    return admin.userId(username);
  }

  private static String complaint(long customer, Instant openedAt) {
    return """
        {"customerId":%d,"channel":"HOTLINE","category":"PRODUCT","description":"the charger broke after a week"%s}"""
        .formatted(customer, openedAt == null ? "" : ",\"openedAt\":\"" + openedAt + "\"");
  }

  /** Resolving also names the compensation and the root cause (ComplaintResolutionApiIT). */
  private static String change(String status, String resolution, long version) {
    return """
        {"status":"%s","resolution":%s,"version":%d%s}"""
        .formatted(
            status,
            resolution == null ? "null" : "\"" + resolution + "\"",
            version,
            "RESOLVED".equals(status)
                ? ",\"compensationKind\":\"NONE\",\"rootCause\":\"PRODUCT_DEFECT\""
                : "");
  }

  private static String changeOwner(String status, long ownerId, long version) {
    return """
        {"status":"%s","ownerId":%d,"version":%d}"""
        .formatted(status, ownerId, version);
  }

  private static List<Long> ids(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return ids(reply.json());
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(c -> c.getJsonNumber("id").longValue())
        .toList();
  }
}
