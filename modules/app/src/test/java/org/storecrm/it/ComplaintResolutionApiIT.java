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
 * Issue 15 over the REST API, in a store of the test's own: a hotline complaint logged without a
 * card (the caller's name and phone), resolved with the compensation given and the root cause
 * (required), whose resolution opens the satisfaction callback in the store manager's queue; its
 * completion records the "complaint closed" survey (a low score opens the recovery task, still
 * without a card); the card is linked later and takes the complaint's tasks and surveys. With the
 * denials: another store (404), a colleague who does not own the complaint (422), a second link
 * (409), a consultant reading the manager's callback (404).
 */
@SystemTest
class ComplaintResolutionApiIT {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final URI base;
  private final Api admin;
  private final Api plazaManager;
  private final Api plazaConsultant;

  ComplaintResolutionApiIT(URI base) {
    this.base = base;
    admin = Api.as(base, "admin", "demo");
    plazaManager = Api.as(base, "plaza.manager", "demo");
    plazaConsultant = Api.as(base, "plaza.consultant", "demo");
  }

  @Test
  void aHotlineComplaintWithoutACardIsResolvedCalledBackAndLinkedToACardLater() {
    String code = "H" + PlatformApiIT.suffix().toUpperCase();
    Api.Reply created = admin.post("stores", PlatformApiIT.store(code));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long store = created.json().getJsonNumber("id").longValue();
    String suffix = PlatformApiIT.suffix();
    Api manager = staff("it.hot.manager." + suffix, "MANAGER", store);
    Api consultant = staff("it.hot.consultant." + suffix, "CONSULTANT", store);
    Api colleague = staff("it.hot.colleague." + suffix, "CONSULTANT", store);
    String phone = CustomersApiIT.mobile();

    // Name and phone are enough; without either the hotline is told what is missing.
    Api.Reply noName = consultant.post("complaints", hotline(null, phone));
    assertThat(noName.status()).as(noName.toString()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(noName)).containsExactly("callerName");
    assertThat(noName.json().getString("code")).isEqualTo("error.complaint.callerRequired");
    Api.Reply noPhone = consultant.post("complaints", hotline("王先生", null));
    assertThat(noPhone.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(noPhone)).containsExactly("callerPhone");
    Api.Reply badPhone = consultant.post("complaints", hotline("王先生", "12"));
    assertThat(badPhone.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(badPhone)).containsExactly("callerPhone");

    Api.Reply logged = consultant.post("complaints", hotline("王先生", phone));
    assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    JsonObject ack = logged.json();
    long id = ack.getJsonNumber("id").longValue();
    assertThat(ack.containsKey("customerId")).as("no card").isFalse();
    assertThat(ack.getString("customerName")).isEqualTo("王先生");
    assertThat(ack.getString("callerName")).isEqualTo("王先生");
    assertThat(ack.getString("callerPhone")).isEqualTo(phone);
    assertThat(ack.getJsonNumber("storeId").longValue()).isEqualTo(store);
    assertThat(ack.getString("number")).isEqualTo(String.format("TS%08d", id));
    assertThat(ids(manager.get("complaints?status=OPEN&size=50"))).containsExactly(id);
    assertThat(plazaManager.get("complaints/" + id).status()).isEqualTo(404);
    long version = ack.getJsonNumber("version").longValue();

    // Resolving needs the compensation given (an amount for money) and the root cause.
    Api.Reply noCompensation =
        consultant.put("complaints/" + id, resolve("apologised", null, null, "SUPPLIER", version));
    assertThat(noCompensation.status()).as(noCompensation.toString()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(noCompensation)).containsExactly("compensationKind");
    Api.Reply noAmount =
        consultant.put(
            "complaints/" + id, resolve("refunded", "REFUND", null, "PRODUCT_DEFECT", version));
    assertThat(noAmount.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(noAmount)).containsExactly("compensationAmount");
    Api.Reply noCause =
        consultant.put("complaints/" + id, resolve("refunded", "REFUND", "150.00", null, version));
    assertThat(noCause.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(noCause)).containsExactly("rootCause");
    Api.Reply negative =
        consultant.put(
            "complaints/" + id, resolve("refunded", "REFUND", "-1", "PRODUCT_DEFECT", version));
    assertThat(negative.status()).as("Bean Validation on the body").isEqualTo(400);
    assertThat(PlatformApiIT.fields(negative)).containsExactly("compensationAmount");
    Api.Reply notOwner =
        colleague.put(
            "complaints/" + id, resolve("refunded", "REFUND", "150.00", "PRODUCT_DEFECT", version));
    assertThat(notOwner.status()).isEqualTo(422);
    assertThat(notOwner.json().getString("code")).isEqualTo("error.complaint.notOwner");
    assertThat(consultant.get("complaints/" + id).json().getString("status")).isEqualTo("OPEN");

    Api.Reply resolved =
        consultant.put(
            "complaints/" + id,
            resolve("refunded the difference", "REFUND", "150.00", "PRODUCT_DEFECT", version));
    assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    JsonObject done = resolved.json();
    assertThat(done.getString("status")).isEqualTo("RESOLVED");
    assertThat(done.getString("compensationKind")).isEqualTo("REFUND");
    assertThat(Api.decimal(done, "compensationAmount")).isEqualByComparingTo("150.00");
    assertThat(done.getString("rootCause")).isEqualTo("PRODUCT_DEFECT");
    long callbackId = done.getJsonNumber("callbackId").longValue();
    Instant resolvedAt = Instant.parse(done.getString("resolvedAt"));

    // The callback is the manager's, with the caller's name and phone, due 24 hours later.
    List<JsonObject> managersQueue = openTasks(manager);
    assertThat(managersQueue).hasSize(1);
    JsonObject callback = managersQueue.get(0);
    assertThat(callback.getJsonNumber("id").longValue()).isEqualTo(callbackId);
    assertThat(callback.getString("reason")).isEqualTo("COMPLAINT_CALLBACK");
    assertThat(callback.containsKey("customerId")).isFalse();
    assertThat(callback.containsKey("consultantId")).as("the manager's queue").isFalse();
    assertThat(callback.getJsonNumber("complaintId").longValue()).isEqualTo(id);
    assertThat(callback.getString("customerName")).isEqualTo("王先生");
    assertThat(callback.getString("phone")).isEqualTo(phone);
    // The database keeps microseconds, the answer of the change the clock's nanoseconds.
    assertThat(
            Duration.between(resolvedAt, Instant.parse(callback.getString("dueAt")))
                .minus(Duration.ofHours(24))
                .abs())
        .isLessThan(Duration.ofMillis(1));
    assertThat(openTasks(consultant)).as("not the handler's queue").isEmpty();
    assertThat(consultant.get("follow-ups/" + callbackId).status()).isEqualTo(404);
    assertThat(plazaManager.get("follow-ups/" + callbackId).status()).isEqualTo(404);

    // The callback asks for the score; a 2 is the "complaint closed" survey and opens recovery.
    Api.Reply noScore =
        manager.post("follow-ups/" + callbackId + "/complete", "{\"outcome\":\"reached\"}");
    assertThat(noScore.status()).as(noScore.toString()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(noScore)).containsExactly("satisfaction");
    Api.Reply answered =
        manager.post(
            "follow-ups/" + callbackId + "/complete",
            "{\"outcome\":\"reached\",\"satisfaction\":2,\"note\":\"refund came late\"}");
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    assertThat(answered.json().getString("status")).isEqualTo("DONE");
    List<JsonObject> recovery = openTasks(manager);
    assertThat(recovery).hasSize(1);
    assertThat(recovery.get(0).getString("reason")).isEqualTo("RECOVERY");
    assertThat(recovery.get(0).getJsonNumber("complaintId").longValue()).isEqualTo(id);
    assertThat(recovery.get(0).getString("phone")).isEqualTo(phone);
    assertThat(recovery.get(0).containsKey("customerId")).isFalse();
    long recoveryId = recovery.get(0).getJsonNumber("id").longValue();

    // The caller registers as a customer; the owner links the card, which takes it all in.
    long card = CustomersApiIT.register(consultant, "王建国", CustomersApiIT.mobile());
    long plazaCard = CustomersApiIT.register(plazaConsultant, "别店顾客", CustomersApiIT.mobile());
    long now = consultant.get("complaints/" + id).json().getJsonNumber("version").longValue();
    assertThat(colleague.put("complaints/" + id + "/customer", link(card, now)).status())
        .isEqualTo(422);
    assertThat(consultant.put("complaints/" + id + "/customer", link(plazaCard, now)).status())
        .as("another store's card is not found")
        .isEqualTo(404);
    assertThat(plazaManager.put("complaints/" + id + "/customer", link(card, now)).status())
        .isEqualTo(404);
    assertThat(consultant.put("complaints/" + id + "/customer", link(card, now - 1)).status())
        .as("stale")
        .isEqualTo(409);
    Api.Reply linked = consultant.put("complaints/" + id + "/customer", link(card, now));
    assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
    assertThat(linked.json().getJsonNumber("customerId").longValue()).isEqualTo(card);
    assertThat(linked.json().getString("customerName")).isEqualTo("王建国");
    long after = linked.json().getJsonNumber("version").longValue();
    Api.Reply again = manager.put("complaints/" + id + "/customer", link(card, after));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("code")).isEqualTo("error.complaint.cardLinked");

    JsonObject movedRecovery = manager.get("follow-ups/" + recoveryId).json();
    assertThat(movedRecovery.getJsonNumber("customerId").longValue()).isEqualTo(card);
    assertThat(movedRecovery.getString("customerName")).isEqualTo("王建国");
    List<JsonObject> surveys =
        consultant
            .get("customers/" + card + "/surveys")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(surveys).hasSize(1);
    assertThat(surveys.get(0).getString("occasion")).isEqualTo("COMPLAINT_CLOSED");
    assertThat(surveys.get(0).getInt("score")).isEqualTo(2);
    assertThat(surveys.get(0).getJsonNumber("complaintId").longValue()).isEqualTo(id);
    assertThat(surveys.get(0).getJsonNumber("recoveryTaskId").longValue()).isEqualTo(recoveryId);
    assertThat(consultant.get("customers/" + card).json().getString("nextFollowUpDue"))
        .as("the recovery task, due at once, is the card's next contact")
        .isNotBlank();

    // A complaint on a card: a 5 in its callback opens no recovery; the store counts both scores.
    Api.Reply onCard =
        consultant.post(
            "complaints",
            """
            {"customerId":%d,"channel":"COUNTER","category":"SERVICE","description":"slow repair"}"""
                .formatted(card));
    assertThat(onCard.status()).as(onCard.toString()).isEqualTo(201);
    long second = onCard.json().getJsonNumber("id").longValue();
    Api.Reply secondResolved =
        manager.put(
            "complaints/" + second,
            """
            {"status":"RESOLVED","resolution":"repaired at once","version":%d,
             "compensationKind":"GIFT","compensationNote":"a screen film",
             "rootCause":"OTHER","rootCauseNote":"the part was out of stock"}"""
                .formatted(onCard.json().getJsonNumber("version").longValue()));
    assertThat(secondResolved.status()).as(secondResolved.toString()).isEqualTo(200);
    long secondCallback = secondResolved.json().getJsonNumber("callbackId").longValue();
    JsonObject secondTask = manager.get("follow-ups/" + secondCallback).json();
    assertThat(secondTask.getJsonNumber("customerId").longValue()).isEqualTo(card);
    assertThat(
            manager
                .post(
                    "follow-ups/" + secondCallback + "/complete",
                    "{\"outcome\":\"happy\",\"satisfaction\":5}")
                .status())
        .isEqualTo(200);
    assertThat(openTasks(manager))
        .extracting(t -> t.getJsonNumber("id").longValue())
        .containsExactly(recoveryId);
    String today = LocalDate.now(ZONE).toString();
    JsonObject measures = manager.get("satisfaction?from=" + today + "&to=" + today).json();
    assertThat(measures.getInt("surveys")).isEqualTo(2);
    assertThat(measures.getInt("fives")).isEqualTo(1);
    assertThat(Api.decimal(measures, "averageScore")).isEqualByComparingTo("3.50");
  }

  private Api staff(String username, String role, long store) {
    Api.Reply made =
        admin.post("users", PlatformApiIT.newUser(username, "long-enough-1", role, store));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    return Api.as(base, username, "long-enough-1");
  }

  /** The open tasks about complaints in the caller's queue (cards bring first contacts too). */
  private static List<JsonObject> openTasks(Api api) {
    Api.Reply reply = api.get("follow-ups?status=OPEN&size=200");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(task -> task.containsKey("complaintId"))
        .toList();
  }

  private static String hotline(String name, String phone) {
    return """
        {"channel":"HOTLINE","category":"PRODUCT","description":"the new phone will not charge",
         "callerName":%s,"callerPhone":%s}"""
        .formatted(quoted(name), quoted(phone));
  }

  private static String resolve(
      String resolution, String kind, String amount, String cause, long version) {
    return """
        {"status":"RESOLVED","resolution":%s,"version":%d,"compensationKind":%s,
         "compensationAmount":%s,"rootCause":%s}"""
        .formatted(quoted(resolution), version, quoted(kind), amount, quoted(cause));
  }

  private static String link(long customer, long version) {
    return """
        {"customerId":%d,"version":%d}"""
        .formatted(customer, version);
  }

  private static String quoted(String text) {
    return text == null ? "null" : "\"" + text + "\"";
  }

  private static List<Long> ids(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(c -> c.getJsonNumber("id").longValue())
        .toList();
  }
}
