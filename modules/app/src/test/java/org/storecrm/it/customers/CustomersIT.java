package org.storecrm.it.customers;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.Api;
import org.storecrm.it.BuiltWar;
import org.storecrm.it.RequiresDatabase;

/**
 * The customers module deployed in Payara Micro (the WAR as built), driven over its REST API as the
 * demo users: the card, store scoping, duplicate phones, optimistic locking and role checks.
 */
@ExtendWith(RequiresDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomersIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BuiltWar.archive();
  }

  @ArquillianResource URL base;

  private Api as(String user) {
    return BuiltWar.api(base, user, "demo");
  }

  @Test
  void aCardPersistsWithItsFieldsAndAnotherStoreCannotSeeIt() {
    Api consultant = as("consultant");
    String phone = mobile();
    Api.Reply created = consultant.post("customers", walkIn("陈静", phone));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();

    Api.Reply read = consultant.get("customers/" + id);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    JsonObject card = read.json();
    assertThat(card.getString("name")).isEqualTo("陈静");
    assertThat(card.getString("phone")).isEqualTo(phone);
    assertThat(card.getString("type")).isEqualTo("PERSON");
    assertThat(card.getString("source")).isEqualTo("WALK_IN");
    assertThat(card.getString("city")).isEqualTo("Shanghai");
    assertThat(card.getString("classification")).isEqualTo("POTENTIAL");

    // A plaza user does not see the flagship's customer: not found, for reads and writes alike.
    Api plaza = as("plaza.consultant");
    assertThat(plaza.get("customers/" + id).status()).isEqualTo(404);
    assertThat(plaza.put("customers/" + id + "/grade", "{\"grade\":\"A\"}").status())
        .isEqualTo(404);
    assertThat(ids(plaza.get("customers?q=" + phone).json())).doesNotContain(id);
    assertThat(ids(consultant.get("customers?q=" + phone).json())).contains(id);
  }

  @Test
  void aDuplicatePhoneIsRefusedWithTheExistingIdInOneStoreAndAllowedInAnother() {
    String phone = mobile();
    Api.Reply first = as("consultant").post("customers", walkIn("王芳", phone));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    long id = first.json().getJsonNumber("id").longValue();

    Api.Reply second = as("manager").post("customers", walkIn("Wang Fang", phone));
    assertThat(second.status()).as(second.toString()).isEqualTo(409);
    assertThat(second.json().getJsonNumber("id").longValue()).isEqualTo(id);

    Api.Reply plaza = as("plaza.consultant").post("customers", walkIn("王芳", phone));
    assertThat(plaza.status()).as(plaza.toString()).isEqualTo(201);
    assertThat(plaza.json().getJsonNumber("id").longValue()).isNotEqualTo(id);
  }

  @Test
  void ofTwoEditsFromTheSameReadTheSecondIsRefusedAsAConflict() {
    Api consultant = as("consultant");
    Api manager = as("manager");
    long id = register(consultant, "刘洋", mobile());
    long version = consultant.get("customers/" + id).json().getJsonNumber("version").longValue();
    String edit =
        """
        {"name":"%s","type":"PERSON","region":"CITY","city":"Suzhou","marketingConsent":false,"version":%d}""";
    Api.Reply first = consultant.put("customers/" + id, edit.formatted("刘洋（先改）", version));
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().getJsonNumber("version").longValue()).isGreaterThan(version);

    Api.Reply second = manager.put("customers/" + id, edit.formatted("刘洋（后改）", version));
    assertThat(second.status()).as(second.toString()).isEqualTo(409);
    assertThat(second.json().getString("detail")).contains("changed by someone else");
    JsonObject kept = consultant.get("customers/" + id).json();
    assertThat(kept.getString("name")).isEqualTo("刘洋（先改）");
    assertThat(kept.getString("city")).isEqualTo("Suzhou");
  }

  @Test
  void aConsultantCannotGrantVipNorRunTheSweepAManagerGrantsVip() {
    Api consultant = as("consultant");
    long id = register(consultant, "贵宾", mobile());
    String grant = "{\"reason\":\"sends five leads a month\"}";
    assertThat(consultant.post("customers/" + id + "/vip", grant).status()).isEqualTo(403);
    assertThat(consultant.get("customers/" + id).json().getString("classification"))
        .isEqualTo("POTENTIAL");
    assertThat(consultant.post("admin/jobs/followups/run", "").status()).isEqualTo(403);

    Api.Reply granted = as("manager").post("customers/" + id + "/vip", grant);
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
    assertThat(consultant.get("customers/" + id).json().getString("classification"))
        .isEqualTo("VIP");
  }

  private static long register(Api api, String name, String phone) {
    Api.Reply created = api.post("customers", walkIn(name, phone));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static java.util.List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(c -> c.getJsonNumber("id").longValue())
        .toList();
  }

  private static String walkIn(String name, String phone) {
    return """
        {"name":"%s","phone":"%s","type":"PERSON","source":"WALK_IN","region":"CITY","city":"Shanghai","purpose":"looking at cameras","outcome":"left details"}"""
        .formatted(name, phone);
  }

  private static String mobile() {
    return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }
}
