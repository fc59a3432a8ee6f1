package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Values JSON-B would coerce, dates nobody means and characters that hide text are refused with a
 * 400 naming the field, and change nothing; what is accepted reads back exactly as sent.
 */
@SystemTest
class HostileInputApiIT {
  private final Api manager;
  private final Api consultant;
  private final URI base;

  HostileInputApiIT(URI base) {
    this.base = base;
    manager = Api.as(base, "manager", "demo");
    consultant = Api.as(base, "consultant", "demo");
  }

  @Test
  void stockOutOfRangeOrFractionalIsRefusedAndLeftAsItWas() {
    long product = newProduct();
    assertThat(manager.put("products/" + product + "/stock", "{\"onHand\":7}").status())
        .isEqualTo(200);
    for (String onHand : new String[] {"1e308", "9223372036854775808", "0.9", "\"7\"", "true"}) {
      Api.Reply refused =
          manager.put("products/" + product + "/stock", "{\"onHand\":" + onHand + "}");
      assertThat(refused.status()).as(onHand + ": " + refused).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(PlatformApiIT.fields(refused)).containsExactly("onHand");
    }
    assertThat(consultant.get("products/" + product).json().getInt("onHand")).isEqualTo(7);
  }

  @Test
  void hugeQuantitiesTargetsAndLimitsAreRefused() {
    long product = newProduct();
    Api.Reply order =
        consultant.post(
            "orders",
            "{\"lines\":[{\"productId\":" + product + ",\"quantity\":1e308}],\"payment\":\"CASH\"}",
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(order.status()).as(order.toString()).isEqualTo(400);
    assertThat(PlatformApiIT.fields(order)).containsExactly("lines[0].quantity");

    String month = YearMonth.now().plusMonths(3).toString();
    Api.Reply targets =
        manager.put(
            "targets/" + month,
            "{\"targets\":[{\"revenue\":\"1000.00\",\"units\":1e308,\"newLeads\":1,\"attachRate\":10,\"serviceCards\":1}]}");
    assertThat(targets.status()).as(targets.toString()).isEqualTo(400);
    assertThat(PlatformApiIT.fields(targets)).containsExactly("targets[0].units");

    JsonObject card = consultant.get("products/" + product).json();
    String edit =
        """
        {"name":"%s","nameZh":"测试","brand":"Test","category":"NOTEBOOK","price":"999.00","cost":"800.00","pricingRole":"TRAFFIC","phase":"PLATEAU","trafficLimit":1000000000000000000000000000000,"active":true,"version":%d}"""
            .formatted(card.getString("name"), card.getJsonNumber("version").longValue());
    Api.Reply limit = manager.put("products/" + product, edit);
    assertThat(limit.status()).as(limit.toString()).isEqualTo(400);
    assertThat(PlatformApiIT.fields(limit)).containsExactly("trafficLimit");
  }

  @Test
  void implausibleDatesAreRefused() {
    Api.Reply birthday =
        consultant.post(
            "customers",
            CustomersApiIT.walkIn("Year One", CustomersApiIT.mobile())
                .replace("}", ",\"birthday\":\"0001-01-01\"}"));
    assertThat(birthday.status()).as(birthday.toString()).isEqualTo(400);
    assertThat(PlatformApiIT.fields(birthday)).containsExactly("birthday");

    long customer = CustomersApiIT.register(consultant, "Far Future", CustomersApiIT.mobile());
    Api.Reply contact =
        consultant.post(
            "customers/" + customer + "/contacts",
            "{\"kind\":\"CALL\",\"occurredAt\":\"9999-12-31T00:00:00Z\",\"outcome\":\"x\"}");
    assertThat(contact.status()).as(contact.toString()).isEqualTo(400);
    assertThat(PlatformApiIT.fields(contact)).containsExactly("occurredAt");
  }

  @Test
  void controlAndDirectionCharactersAreRefusedAndNothingIsCreated() {
    String phone = CustomersApiIT.mobile();
    for (String name : new String[] {"Null\\u0000Byte", "txt\\u202Eexe.doc", "Bell\\u0007"}) {
      Api.Reply refused = consultant.post("customers", CustomersApiIT.walkIn(name, phone));
      assertThat(refused.status()).as(name + ": " + refused).isEqualTo(400);
      assertThat(PlatformApiIT.fields(refused)).containsExactly("name");
    }
    assertThat(consultant.get("customers?q=" + phone).json().getInt("total"))
        .as("no half-saved card")
        .isZero();
  }

  @Test
  void acceptedTextReadsBackExactly() {
    String name = "王芳 O'Brien <b>&amp; 😀";
    long id =
        CustomersApiIT.register(consultant, name.replace("\"", "\\\""), CustomersApiIT.mobile());
    assertThat(consultant.get("customers/" + id).json().getString("name")).isEqualTo(name);
  }

  @Test
  void anEmptyOrMalformedBodyIsAProblem() {
    long customer = CustomersApiIT.register(consultant, "Empty Body", CustomersApiIT.mobile());
    Api.Reply empty = consultant.post("customers/" + customer + "/contacts", "");
    assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
    assertThat(empty.contentType()).startsWith("application/problem+json");
    assertThat(PlatformApiIT.fields(empty)).containsExactly("body");

    Api.Reply malformed = consultant.post("customers/" + customer + "/contacts", "{\"kind\":");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.contentType()).startsWith("application/problem+json");
  }

  @Test
  void pathsTheContainerRefusesAreProblemsUnderTheApiAndPagesElsewhere() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String path :
        new String[] {"api/v1/..%2F..%2Fetc%2Fpasswd", "api/v1/%2e%2e/%2e%2e/WEB-INF/web.xml"}) {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .header("Authorization", "Basic " + basic("consultant:demo"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.headers().firstValue("Content-Type").orElse(""))
          .as(path)
          .startsWith("application/problem+json");
      assertThat(answer.body()).contains("\"status\":404").doesNotContain("<html");
    }
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "no-such-page")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
  }

  private static String basic(String credentials) {
    return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  private long newProduct() {
    Api.Reply created =
        manager.post(
            "products",
            SalesApiIT.product(
                SalesApiIT.sku("HI"), "Hostile input", "NOTEBOOK", "999.00", "800.00", "TRAFFIC"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }
}
