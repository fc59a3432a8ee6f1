package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The phone-in register's checklist over REST (issue 15) in a store of the test's own: the steps
 * recorded with the call in the chain's order, "can't answer now" as a promised callback in the
 * taker's queue (without a card: with the caller's name and phone), the care message through the
 * notification gateway in the caller's language with the store's name, address and phone. With the
 * denials and the rule violations.
 */
@SystemTest
class PhoneInChecklistApiIT {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

  private final URI base;
  private final Api admin;
  private final Api plazaConsultant;
  private final Api tech;

  PhoneInChecklistApiIT(URI base) {
    this.base = base;
    admin = Api.as(base, "admin", "demo");
    plazaConsultant = Api.as(base, "plaza.consultant", "demo");
    tech = Api.as(base, "tech", "demo");
  }

  @Test
  void aCallIsRecordedWithItsStepsAPromisedCallbackAndTheCareMessage() {
    String code = "P" + PlatformApiIT.suffix().toUpperCase();
    Api.Reply created =
        admin.post(
            "stores",
            """
            {"code":"%s","name":"Phone-in store %s","nameZh":"来电测试店","region":"East China",
             "city":"Shanghai","address":"1 Nanjing Road","addressZh":"南京东路1号",
             "phone":"021-63510000","active":true}"""
                .formatted(code, code));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long store = created.json().getJsonNumber("id").longValue();
    String suffix = PlatformApiIT.suffix();
    Api consultant = staff("it.pin.consultant." + suffix, "CONSULTANT", store);
    Api manager = staff("it.pin.manager." + suffix, "MANAGER", store);
    long consultantId = admin.userId("it.pin.consultant." + suffix);
    String phone = CustomersApiIT.mobile();

    // Can't answer now, no card: a callback in the taker's queue, the care message in Chinese.
    Api.Reply promised =
        consultant.post(
            "phone-ins",
            call(
                null,
                "李女士",
                phone,
                "zh_CN",
                "[\"PURPOSE_CONFIRMED\",\"INTRODUCED\",\"DETAILS_TAKEN\"]",
                true,
                null));
    assertThat(promised.status()).as(promised.toString()).isEqualTo(201);
    JsonObject first = promised.json();
    assertThat(first.getJsonArray("steps").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .as("in the chain's order")
        .containsExactly("INTRODUCED", "PURPOSE_CONFIRMED", "DETAILS_TAKEN");
    assertThat(first.containsKey("customerId")).isFalse();
    Instant occurred = Instant.parse(first.getString("occurredAt"));
    Instant due = Instant.parse(first.getString("callbackDueAt"));
    assertThat(Duration.between(occurred, due)).isEqualTo(Duration.ofHours(2));
    assertThat(first.getBoolean("careMessageSent")).isTrue();
    assertThat(first.getString("careMessage"))
        .isEqualTo(
            "李女士您好，感谢您致电来电测试店。我们的地址：南京东路1号，电话：021-63510000。期待您的光临！"
                + "我们将在"
                + TIME.format(due.atZone(ZONE))
                + "前给您回电。");
    long callbackId = first.getJsonNumber("callbackId").longValue();
    String today = java.time.LocalDate.now(ZONE).toString();
    List<JsonObject> register =
        manager
            .get("registers/entries?kind=PHONE_IN&from=" + today + "&to=" + today)
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(register).hasSize(1);
    assertThat(register.get(0).getJsonNumber("id").longValue())
        .isEqualTo(first.getJsonNumber("entryId").longValue());
    assertThat(
            register.get(0).getJsonArray("phoneInSteps").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("INTRODUCED", "PURPOSE_CONFIRMED", "DETAILS_TAKEN");
    assertThat(register.get(0).containsKey("customerId")).as("no details: no card").isFalse();
    List<JsonObject> queue =
        consultant
            .get("follow-ups?status=OPEN&size=200")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(queue)
        .extracting(t -> t.getJsonNumber("id").longValue())
        .containsExactly(callbackId);
    JsonObject callback = queue.get(0);
    assertThat(callback.getString("reason")).isEqualTo("PLANNED_CONTACT");
    assertThat(callback.getString("purpose")).isEqualTo("CALLBACK");
    assertThat(callback.getString("plannedStep")).isEqualTo("trade-in price");
    assertThat(callback.getString("customerName")).isEqualTo("李女士");
    assertThat(callback.getString("phone")).isEqualTo(phone);
    assertThat(callback.containsKey("customerId")).isFalse();
    assertThat(callback.getJsonNumber("consultantId").longValue()).isEqualTo(consultantId);
    Api.Reply calledBack =
        consultant.post(
            "follow-ups/" + callbackId + "/complete", "{\"outcome\":\"gave the trade-in price\"}");
    assertThat(calledBack.status()).as(calledBack.toString()).isEqualTo(200);
    assertThat(calledBack.json().getString("status")).isEqualTo("DONE");

    // On a card, answered: no callback; the care message goes to the card's phone.
    String cardPhone = CustomersApiIT.mobile();
    long card = CustomersApiIT.register(consultant, "周杰", cardPhone);
    Api.Reply answered =
        consultant.post(
            "phone-ins",
            call(
                card,
                null,
                null,
                null,
                "[\"INTRODUCED\",\"ANSWERED\",\"INVITED\",\"TIME_AGREED\",\"DIRECTIONS_GIVEN\"]",
                false,
                null));
    assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
    assertThat(answered.json().getJsonNumber("customerId").longValue()).isEqualTo(card);
    assertThat(answered.json().containsKey("callbackId")).isFalse();
    assertThat(answered.json().getString("careMessage"))
        .startsWith("周杰您好，感谢您致电来电测试店。")
        .doesNotContain("回电");
    List<JsonObject> contacts =
        consultant
            .get("customers/" + card + "/contacts")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(contacts.get(0).getString("kind")).isEqualTo("PHONE_IN");
    assertThat(contacts.get(0).getString("outcome")).isEqualTo("will come on Saturday");

    // A chosen time on a card: a planned callback on the card, due then.
    Instant chosen = Instant.now().plus(Duration.ofMinutes(45)).truncatedTo(ChronoUnit.SECONDS);
    Api.Reply onCard =
        consultant.post("phone-ins", call(card, null, null, null, "[]", true, chosen));
    assertThat(onCard.status()).as(onCard.toString()).isEqualTo(201);
    assertThat(Instant.parse(onCard.json().getString("callbackDueAt"))).isEqualTo(chosen);
    JsonObject planned =
        consultant.get("follow-ups/" + onCard.json().getJsonNumber("callbackId")).json();
    assertThat(planned.getJsonNumber("customerId").longValue()).isEqualTo(card);
    assertThat(planned.getString("purpose")).isEqualTo("CALLBACK");

    // No number left: recorded, no message.
    Api.Reply silent =
        consultant.post("phone-ins", call(null, null, null, null, "[\"INTRODUCED\"]", false, null));
    assertThat(silent.status()).as(silent.toString()).isEqualTo(201);
    assertThat(silent.json().getBoolean("careMessageSent")).isFalse();

    // The rules, each at its field.
    refused(consultant, call(null, "A", phone, null, "[\"ANSWERED\"]", true, null), "steps");
    refused(consultant, call(null, "A", null, null, "[]", true, null), "callerPhone");
    refused(
        consultant, call(null, "A", null, null, "[\"DETAILS_TAKEN\"]", false, null), "callerPhone");
    refused(
        consultant,
        call(null, "A", phone, null, "[]", true, Instant.now().minusSeconds(60)),
        "callbackBy");
    refused(
        consultant,
        call(null, "A", phone, null, "[]", false, Instant.now().plusSeconds(600)),
        "callbackBy");
    Api.Reply invalid = consultant.post("phone-ins", "{\"language\":\"fr\"}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(PlatformApiIT.fields(invalid)).contains("outcome", "steps", "language");

    // Another store's card is not found; service staff and head office do not take phone-ins.
    assertThat(
            plazaConsultant
                .post("phone-ins", call(card, null, null, null, "[]", false, null))
                .status())
        .isEqualTo(404);
    assertThat(tech.post("phone-ins", call(null, null, null, null, "[]", false, null)).status())
        .isEqualTo(403);
    assertThat(admin.post("phone-ins", call(null, null, null, null, "[]", false, null)).status())
        .isEqualTo(403);
  }

  private Api staff(String username, String role, long store) {
    Api.Reply made =
        admin.post("users", PlatformApiIT.newUser(username, "long-enough-1", role, store));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    return Api.as(base, username, "long-enough-1");
  }

  private static void refused(Api api, String body, String field) {
    Api.Reply reply = api.post("phone-ins", body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(reply)).containsExactly(field);
  }

  private static String call(
      Long customer,
      String name,
      String phone,
      String language,
      String steps,
      boolean cannotAnswer,
      Instant callbackBy) {
    return """
        {"customerId":%s,"callerName":%s,"callerPhone":%s,"language":%s,
         "purpose":"trade-in price","outcome":"will come on Saturday","steps":%s,
         "cannotAnswerNow":%s,"callbackBy":%s}"""
        .formatted(
            customer,
            quoted(name),
            quoted(phone),
            quoted(language),
            steps,
            cannotAnswer,
            callbackBy == null ? "null" : quoted(callbackBy.toString()));
  }

  private static String quoted(String text) {
    return text == null ? "null" : "\"" + text + "\"";
  }
}
