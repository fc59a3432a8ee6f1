package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The satisfaction screen's figures over REST (issue 15) in a store of the test's own, with exact
 * figures: post-sale surveys rate the customer's consultant, a service job's feedback rates its
 * technician, every survey counts in the store's and the month's figures, and the open recovery
 * tasks are listed. With the denials: a consultant (403), another store's manager (404), head
 * office without a store (422), a range over 366 days (422), no dates (400).
 */
@SystemTest
class SatisfactionReportApiIT {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final URI base;
  private final Api admin;
  private final Api plazaManager;

  SatisfactionReportApiIT(URI base) {
    this.base = base;
    admin = Api.as(base, "admin", "demo");
    plazaManager = Api.as(base, "plaza.manager", "demo");
  }

  @Test
  void theStoresScoresPerConsultantTechnicianAndMonthAndItsOpenRecoveries() {
    String code = "S" + PlatformApiIT.suffix().toUpperCase();
    Api.Reply created = admin.post("stores", PlatformApiIT.store(code));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long store = created.json().getJsonNumber("id").longValue();
    String suffix = PlatformApiIT.suffix();
    Api manager = staff("it.sat.manager." + suffix, "MANAGER", store);
    Api consultant = staff("it.sat.consultant." + suffix, "CONSULTANT", store);
    Api tech = staff("it.sat.tech." + suffix, "SERVICE", store);
    long consultantId = admin.userId("it.sat.consultant." + suffix);
    long techId = admin.userId("it.sat.tech." + suffix);

    long customer = CustomersApiIT.register(consultant, "满意度顾客", CustomersApiIT.mobile());
    for (int score : new int[] {5, 5, 2}) {
      survey(consultant, customer, score, "POST_SALE");
    }
    survey(consultant, customer, 1, "OTHER");

    // A service job done by the technician; its feedback (4) rates the technician.
    Api.Reply request =
        manager.post(
            "service-requests", ServiceRequestsApiIT.request(customer, "CITY", null, null));
    assertThat(request.status()).as(request.toString()).isEqualTo(201);
    long job = request.json().getJsonNumber("id").longValue();
    Api.Reply dispatched =
        manager.post("service-requests/" + job + "/dispatch", "{\"technicianId\":" + techId + "}");
    assertThat(dispatched.status()).as(dispatched.toString()).isEqualTo(200);
    assertThat(
            tech.post("service-requests/" + job + "/progress", "{\"status\":\"ON_SITE\"}").status())
        .isEqualTo(200);
    Api.Reply done =
        tech.post(
            "service-requests/" + job + "/progress", "{\"status\":\"DONE\",\"notes\":\"装好了\"}");
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    Api.Reply feedback = tech.post("service-requests/" + job + "/feedback", "{\"score\":4}");
    assertThat(feedback.status()).as(feedback.toString()).isEqualTo(200);

    LocalDate today = LocalDate.now(ZONE);
    LocalDate from = today.withDayOfMonth(1).minusMonths(1);
    String range = "from=" + from + "&to=" + today;
    Api.Reply reply = manager.get("customer-reports/satisfaction?" + range);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject report = reply.json();
    assertThat(report.getJsonNumber("storeId").longValue()).isEqualTo(store);

    // 5 + 5 + 2 + 1 + 4 = 17 over 5 surveys; two 5s.
    JsonObject overall = report.getJsonObject("overall");
    assertThat(overall.getInt("surveys")).isEqualTo(5);
    assertThat(overall.getInt("fives")).isEqualTo(2);
    assertThat(Api.decimal(overall, "averageScore")).isEqualByComparingTo("3.40");
    assertThat(Api.decimal(overall, "shareOfFives")).isEqualByComparingTo("0.40");

    List<JsonObject> consultants = rows(report, "byConsultant");
    assertThat(consultants).hasSize(1);
    assertThat(consultants.get(0).getString("key")).isEqualTo(String.valueOf(consultantId));
    assertThat(consultants.get(0).getString("name")).isEqualTo("Test User");
    assertThat(consultants.get(0).getInt("surveys")).isEqualTo(3);
    assertThat(consultants.get(0).getInt("fives")).isEqualTo(2);
    assertThat(Api.decimal(consultants.get(0), "averageScore")).isEqualByComparingTo("4.00");
    assertThat(Api.decimal(consultants.get(0), "shareOfFives")).isEqualByComparingTo("0.67");

    List<JsonObject> technicians = rows(report, "byTechnician");
    assertThat(technicians).hasSize(1);
    assertThat(technicians.get(0).getString("key")).isEqualTo(String.valueOf(techId));
    assertThat(technicians.get(0).getInt("surveys")).isEqualTo(1);
    assertThat(Api.decimal(technicians.get(0), "averageScore")).isEqualByComparingTo("4.00");
    assertThat(Api.decimal(technicians.get(0), "shareOfFives")).isEqualByComparingTo("0.00");

    List<JsonObject> months = rows(report, "byMonth");
    assertThat(months)
        .extracting(m -> m.getString("key"))
        .containsExactly(YearMonth.from(from).toString(), YearMonth.from(today).toString());
    assertThat(months.get(0).getInt("surveys")).isZero();
    assertThat(months.get(0).containsKey("averageScore")).as("no surveys, no average").isFalse();
    assertThat(months.get(1).getInt("surveys")).isEqualTo(5);
    assertThat(Api.decimal(months.get(1), "averageScore")).isEqualByComparingTo("3.40");

    // The 2 and the 1 opened recovery tasks (below 4); the 4 did not.
    assertThat(report.getInt("openRecoveries")).isEqualTo(2);
    Api.Reply recoveries = manager.get("customer-reports/satisfaction/recovery-tasks?size=1");
    assertThat(recoveries.status()).as(recoveries.toString()).isEqualTo(200);
    assertThat(recoveries.json().getInt("total")).isEqualTo(2);
    List<JsonObject> page = recoveries.json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(page).hasSize(1);
    assertThat(page.get(0).getString("reason")).isEqualTo("RECOVERY");
    assertThat(page.get(0).getJsonNumber("customerId").longValue()).isEqualTo(customer);

    // Head office names the store; the others are refused.
    Api.Reply byAdmin = admin.get("customer-reports/satisfaction?" + range + "&storeId=" + store);
    assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(200);
    assertThat(byAdmin.json().getJsonObject("overall").getInt("surveys")).isEqualTo(5);
    assertThat(admin.get("customer-reports/satisfaction?" + range).status()).isEqualTo(422);
    assertThat(consultant.get("customer-reports/satisfaction?" + range).status()).isEqualTo(403);
    assertThat(tech.get("customer-reports/satisfaction/recovery-tasks").status()).isEqualTo(403);
    assertThat(
            plazaManager
                .get("customer-reports/satisfaction?" + range + "&storeId=" + store)
                .status())
        .isEqualTo(404);
    assertThat(
            plazaManager
                .get("customer-reports/satisfaction/recovery-tasks?storeId=" + store)
                .status())
        .isEqualTo(404);
    Api.Reply tooLong =
        manager.get("customer-reports/satisfaction?from=" + today.minusDays(366) + "&to=" + today);
    assertThat(tooLong.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(tooLong)).containsExactly("to");
    assertThat(
            manager
                .get("customer-reports/satisfaction?from=" + today + "&to=" + today.minusDays(1))
                .status())
        .isEqualTo(422);
    assertThat(manager.get("customer-reports/satisfaction").status()).isEqualTo(400);
  }

  private Api staff(String username, String role, long store) {
    Api.Reply made =
        admin.post("users", PlatformApiIT.newUser(username, "long-enough-1", role, store));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    return Api.as(base, username, "long-enough-1");
  }

  private static void survey(Api api, long customer, int score, String occasion) {
    Api.Reply recorded =
        api.post(
            "customers/" + customer + "/surveys",
            "{\"score\":%d,\"occasion\":\"%s\"}".formatted(score, occasion));
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
  }

  private static List<JsonObject> rows(JsonObject report, String name) {
    return report.getJsonArray(name).getValuesAs(JsonObject.class);
  }
}
