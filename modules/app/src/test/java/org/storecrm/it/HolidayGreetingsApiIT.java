package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Holiday greetings (issue 15): the holiday table the admin edits, the greeting calls the sweep
 * opens before a holiday for base and VIP customers (once per customer and holiday), and the weekly
 * contact cap that makes a task of a full week wait — exact figures in a store of the test's own.
 */
@SystemTest
class HolidayGreetingsApiIT {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final URI base;
  private final Api admin;
  private final Api consultant;
  private final Api manager;

  HolidayGreetingsApiIT(URI base) {
    this.base = base;
    admin = Api.as(base, "admin", "demo");
    consultant = Api.as(base, "consultant", "demo");
    manager = Api.as(base, "manager", "demo");
  }

  @Test
  void theSeededHolidaysAreTheRealDatesFor2026To2028() {
    Map<String, String> y2026 = holidays(consultant, 2026);
    assertThat(y2026)
        .containsEntry("SPRING_FESTIVAL", "2026-02-17")
        .containsEntry("MID_AUTUMN", "2026-09-25")
        .containsEntry("NATIONAL_DAY", "2026-10-01");
    assertThat(holidays(manager, 2027))
        .containsEntry("SPRING_FESTIVAL", "2027-02-06")
        .containsEntry("MID_AUTUMN", "2027-09-15")
        .containsEntry("NATIONAL_DAY", "2027-10-01");
    assertThat(holidays(admin, 2028))
        .containsEntry("SPRING_FESTIVAL", "2028-01-26")
        .containsEntry("MID_AUTUMN", "2028-10-03")
        .containsEntry("NATIONAL_DAY", "2028-10-01");
    assertThat(Api.as(base, "tech", "demo").get("holidays").status()).isEqualTo(403);
  }

  @Test
  void onlyTheAdminEditsTheHolidayTable() {
    String key = key("IT_E");
    String entry = "{\"nameKey\":\"%s\",\"date\":\"2030-05-01\"}".formatted(key);
    assertThat(manager.post("holidays", entry).status()).isEqualTo(403);
    assertThat(consultant.post("holidays", entry).status()).isEqualTo(403);

    Api.Reply added = admin.post("holidays", entry);
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    long id = added.json().getJsonNumber("id").longValue();
    assertThat(added.header("Location")).endsWith("/api/v1/holidays/" + id);
    assertThat(added.json().getString("date")).isEqualTo("2030-05-01");
    long version = added.json().getJsonNumber("version").longValue();

    Api.Reply second =
        admin.post("holidays", "{\"nameKey\":\"%s\",\"date\":\"2030-10-01\"}".formatted(key));
    assertThat(second.status()).as("one date per holiday and year").isEqualTo(409);
    assertThat(second.json().getString("code")).isEqualTo("error.holiday.yearTaken");
    Api.Reply lower = admin.post("holidays", "{\"nameKey\":\"new year\",\"date\":\"2030-01-01\"}");
    assertThat(lower.status()).isEqualTo(400);
    assertThat(PlatformApiIT.fields(lower)).containsExactly("nameKey");

    String change = "{\"nameKey\":\"%s\",\"date\":\"2030-05-02\",\"version\":%d}";
    assertThat(manager.put("holidays/" + id, change.formatted(key, version)).status())
        .isEqualTo(403);
    assertThat(admin.put("holidays/" + id, change.formatted(key, version + 1)).status())
        .as("a stale version")
        .isEqualTo(409);
    Api.Reply noVersion =
        admin.put("holidays/" + id, "{\"nameKey\":\"%s\",\"date\":\"2030-05-02\"}".formatted(key));
    assertThat(noVersion.status()).isEqualTo(422);
    Api.Reply changed = admin.put("holidays/" + id, change.formatted(key, version));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(consultant.get("holidays/" + id).json().getString("date")).isEqualTo("2030-05-02");
    assertThat(holidays(consultant, 2030)).containsEntry(key, "2030-05-02");

    assertThat(manager.delete("holidays/" + id).status()).isEqualTo(403);
    assertThat(admin.delete("holidays/" + id).status()).isEqualTo(204);
    assertThat(admin.get("holidays/" + id).status()).isEqualTo(404);
    assertThat(admin.delete("holidays/" + id).status()).isEqualTo(404);
  }

  @Test
  void aGreetingOpensBeforeAHolidayOncePerCustomerAndAFullWeekWaits() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    LocalDate today = LocalDate.ofInstant(now, ZONE);
    LocalDate monday = today.with(DayOfWeek.MONDAY);
    assumeTrue(
        LocalDate.ofInstant(now.plusSeconds(600), ZONE).with(DayOfWeek.MONDAY).equals(monday),
        "not in the last minutes of a week");
    for (int year : List.of(today.getYear(), today.plusDays(3).getYear())) {
      assumeTrue(
          holidays(admin, year).values().stream()
              .map(LocalDate::parse)
              .noneMatch(d -> !d.isBefore(today) && !d.isAfter(today.plusDays(3))),
          "no other holiday is being greeted these days");
    }
    OwnStore store = OwnStore.open(base, admin, "H");
    long greeted = store.vip("节日甲");
    long busy = store.vip("节日乙");
    long potential = store.walkIn("节日丙");
    // The busy VIP has two contacts planned this week: the cap (2) is reached.
    plan(store.consultant, busy, now.plusSeconds(60), "NEXT_VISIT", now.plusSeconds(60));
    plan(store.consultant, busy, now.plusSeconds(120), "ADD_ON_PURCHASE", now.plusSeconds(120));

    // A holiday three days ahead: the greeting (3 lead days) opens today.
    Api.Reply holiday =
        admin.post(
            "holidays",
            "{\"nameKey\":\"%s\",\"date\":\"%s\"}".formatted(key("IT_G"), today.plusDays(3)));
    assertThat(holiday.status()).as(holiday.toString()).isEqualTo(201);
    long holidayId = holiday.json().getJsonNumber("id").longValue();
    try {
      Api.Reply run = admin.post("admin/jobs/followups/run", "");
      assertThat(run.status()).as(run.toString()).isEqualTo(200);
      assertThat(run.json().getInt("holidayTasks")).isGreaterThanOrEqualTo(2);
      assertThat(run.json().getInt("postponedTasks")).isGreaterThanOrEqualTo(1);

      Map<Long, JsonObject> greetings = greetings(store);
      assertThat(greetings.keySet())
          .as("base and VIP customers, not a potential one")
          .containsExactlyInAnyOrder(greeted, busy)
          .doesNotContain(potential);
      Instant tenToday = today.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant();
      assertThat(Instant.parse(greetings.get(greeted).getString("dueAt"))).isEqualTo(tenToday);
      Instant tenNextMonday =
          monday.plusWeeks(1).atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant();
      assertThat(Instant.parse(greetings.get(busy).getString("dueAt")))
          .as("the busy VIP's week is full: the greeting waits for next Monday")
          .isEqualTo(tenNextMonday);

      // Where tasks are created: a third capped plan waits too, a promised callback never does.
      Instant third = now.plusSeconds(180);
      Instant thirdWaits =
          monday.plusWeeks(1).atTime(LocalTime.ofInstant(third, ZONE)).atZone(ZONE).toInstant();
      plan(store.consultant, busy, third, "REPLACEMENT_DUE", thirdWaits);
      plan(store.consultant, busy, now.plusSeconds(240), "CALLBACK", now.plusSeconds(240));

      // Once per customer and holiday: another run, and a changed date, open nothing again.
      admin.post("admin/jobs/followups/run", "");
      JsonObject read = admin.get("holidays/" + holidayId).json();
      Api.Reply moved =
          admin.put(
              "holidays/" + holidayId,
              "{\"nameKey\":\"%s\",\"date\":\"%s\",\"version\":%d}"
                  .formatted(
                      read.getString("nameKey"),
                      today.plusDays(2),
                      read.getJsonNumber("version").longValue()));
      assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
      admin.post("admin/jobs/followups/run", "");
      assertThat(greetings(store).keySet()).containsExactlyInAnyOrder(greeted, busy);
      assertThat(store.openTasks())
          .filteredOn(t -> t.getJsonNumber("customerId").longValue() == busy)
          .as("two plans this week, the greeting and a plan next week, the callback")
          .hasSize(5);
    } finally {
      assertThat(admin.delete("holidays/" + holidayId).status()).isEqualTo(204);
    }
  }

  private static void plan(Api api, long customer, Instant at, String purpose, Instant expected) {
    Api.Reply planned =
        api.post(
            "follow-ups",
            "{\"customerId\":%d,\"dueAt\":\"%s\",\"purpose\":\"%s\"}"
                .formatted(customer, at, purpose));
    assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
    assertThat(Instant.parse(planned.json().getString("dueAt"))).as(purpose).isEqualTo(expected);
  }

  private static Map<Long, JsonObject> greetings(OwnStore store) {
    List<JsonObject> tasks =
        store.openTasks().stream()
            .filter(t -> t.getString("reason").equals("HOLIDAY_GREETING"))
            .toList();
    assertThat(tasks)
        .extracting(t -> t.getJsonNumber("customerId").longValue())
        .as("one greeting per customer")
        .doesNotHaveDuplicates();
    return tasks.stream()
        .collect(Collectors.toMap(t -> t.getJsonNumber("customerId").longValue(), t -> t));
  }

  private static Map<String, String> holidays(Api api, int year) {
    Api.Reply list = api.get("holidays?size=200&year=" + year);
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(h -> h.getString("nameKey"), h -> h.getString("date")));
  }

  /** A name key no other run uses (at most 20 characters). */
  private static String key(String prefix) {
    String key = prefix + "_" + PlatformApiIT.suffix().toUpperCase();
    return key.length() > 20 ? key.substring(0, 20) : key;
  }
}
