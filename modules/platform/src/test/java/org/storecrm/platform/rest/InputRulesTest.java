package org.storecrm.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputRulesTest {
  enum Payment {
    CASH,
    CARD
  }

  record Line(long productId, int quantity, BigDecimal unitPrice) {}

  record Order(
      String note, Payment payment, List<Line> lines, LocalDate birthday, Instant occurredAt) {}

  record Stock(int onHand, Integer trafficLimit, double share, boolean active) {}

  private final InputRules rules =
      new InputRules(LocalDate.parse("1900-01-01"), LocalDate.parse("2036-12-05"));

  @Test
  void wholeNumbersMustBeWholeAndFitTheirType() {
    assertThat(errors("{\"onHand\": 1e308}", Stock.class))
        .containsExactly("onHand must be a whole number from -2147483648 to 2147483647");
    assertThat(errors("{\"onHand\": 9223372036854775808}", Stock.class)).hasSize(1);
    assertThat(errors("{\"onHand\": 0.9}", Stock.class))
        .containsExactly("onHand must be a whole number");
    assertThat(errors("{\"trafficLimit\": 1000000000000000000000000000000}", Stock.class))
        .hasSize(1);
    assertThat(errors("{\"onHand\": \"7\"}", Stock.class))
        .containsExactly("onHand must be a whole number");
    assertThat(
            errors("{\"onHand\": 2147483647, \"trafficLimit\": -3, \"share\": 0.5}", Stock.class))
        .isEmpty();
    assertThat(errors("{\"onHand\": 12.000}", Stock.class)).as("no fraction").isEmpty();
  }

  @Test
  void otherTypesAreChecked() {
    assertThat(errors("{\"share\": 1e400, \"active\": \"yes\"}", Stock.class))
        .containsExactly("share is too large", "active must be true or false");
    assertThat(errors("{\"payment\": \"BITCOIN\"}", Order.class))
        .containsExactly("payment must be one of CASH, CARD");
    assertThat(errors("{\"lines\": {}}", Order.class)).containsExactly("lines must be a list");
    assertThat(errors("5", Order.class)).containsExactly("body must be an object");
    assertThat(errors("{\"onHand\": null, \"trafficLimit\": null}", Stock.class))
        .as("a primitive cannot be null, a boxed number may")
        .containsExactly("onHand is required");
    assertThat(errors("null", boolean.class)).containsExactly("body is required");
  }

  @Test
  void nestedFieldsAreNamedAsSent() {
    assertThat(
            errors(
                "{\"lines\": [{\"productId\": 1, \"quantity\": 1},"
                    + " {\"productId\": 2, \"quantity\": 1e308, \"unitPrice\": \"12,5\"}]}",
                Order.class))
        .containsExactly(
            "lines[1].quantity must be a whole number from -2147483648 to 2147483647",
            "lines[1].unitPrice must be a decimal number, e.g. \"1299.00\"");
    assertThat(
            errors(
                "{\"lines\": [{\"productId\": 1, \"quantity\": 2, \"unitPrice\": \"1299.00\"},"
                    + " {\"productId\": 1, \"quantity\": 2, \"unitPrice\": 1299.5}]}",
                Order.class))
        .isEmpty();
  }

  @Test
  void datesMustBePlausible() {
    assertThat(errors("{\"birthday\": \"0001-01-01\"}", Order.class))
        .containsExactly("birthday must lie between 1900-01-01 and 2036-12-05");
    assertThat(errors("{\"occurredAt\": \"9999-12-31T00:00:00Z\"}", Order.class))
        .containsExactly("occurredAt must lie between 1900-01-01 and 2036-12-05");
    assertThat(errors("{\"birthday\": \"1990-02-30\"}", Order.class))
        .containsExactly("birthday must be a date (yyyy-MM-dd)");
    assertThat(
            errors(
                "{\"birthday\": \"1990-02-28\", \"occurredAt\": \"2026-03-01T09:30:00Z\"}",
                Order.class))
        .isEmpty();
  }

  @Test
  void textsRefuseControlAndDirectionCharacters() {
    assertThat(errors("{\"note\": \"a\\u0000b\"}", Order.class))
        .containsExactly("note must not contain control or text-direction characters (U+0000)");
    assertThat(errors("{\"note\": \"evil\\u202Etxt.exe\"}", Order.class))
        .containsExactly("note must not contain control or text-direction characters (U+202E)");
    assertThat(errors("{\"note\": \"第一行\\n第二行\\t😀 O'Brien <b>\"}", Order.class))
        .as("line breaks, tabs, emoji and markup are text")
        .isEmpty();
    assertThat(errors("{\"note\": 5}", Order.class)).containsExactly("note must be a text");
  }

  @Test
  void mapsAndUnknownMembersAreWalkedOrLeftAlone() {
    record Targets(Map<String, Integer> units) {}
    assertThat(errors("{\"units\": {\"a\": 1, \"b\": 1e308}, \"other\": 1e308}", Targets.class))
        .containsExactly("units.b must be a whole number from -2147483648 to 2147483647");
  }

  private List<String> errors(String json, Class<?> type) {
    JsonValue tree = Json.createReader(new StringReader(json)).readValue();
    return rules.check(tree, type).stream().map(e -> e.field() + " " + e.message()).toList();
  }
}
