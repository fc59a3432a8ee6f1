package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Service requests over the REST API: the SLA deadline from the agreed time within the service
 * hours (08:30–20:30, Asia/Shanghai), the dispatch order, the life of a job, feedback into the
 * customers module's recovery task, the roles and the store scoping, and the SLA sweep.
 */
@SystemTest
class ServiceRequestsApiIT {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final Api consultant;
  private final Api manager;
  private final Api tech;
  private final Api accounts;
  private final Api plazaConsultant;
  private final Api plazaManager;
  private final Api admin;
  private final URI base;

  ServiceRequestsApiIT(URI base) {
    this.base = base;
    consultant = Api.as(base, "consultant", "demo");
    manager = Api.as(base, "manager", "demo");
    tech = Api.as(base, "tech", "demo");
    accounts = Api.as(base, "accounts", "demo");
    plazaConsultant = Api.as(base, "plaza.consultant", "demo");
    plazaManager = Api.as(base, "plaza.manager", "demo");
    admin = Api.as(base, "admin", "demo");
  }

  @Test
  void eachDemoStoreHoldsRequestsInEveryStepForTheBoardAndItsTechnician() {
    Object[][] stores = {{manager, "tech"}, {plazaManager, "plaza.tech"}};
    for (Object[] store : stores) {
      Api storeManager = (Api) store[0];
      Api technician = Api.as(base, (String) store[1], "demo");
      long techId = admin.userId((String) store[1]);
      List<JsonObject> open = demo(storeManager.get("service-requests?size=200"));
      assertThat(open)
          .extracting(r -> r.getString("status"))
          .containsOnly("REGISTERED", "DISPATCHED", "ON_SITE")
          .contains("REGISTERED", "DISPATCHED", "ON_SITE");
      List<JsonObject> late = open.stream().filter(r -> r.getBoolean("breached")).toList();
      assertThat(late).as("one breached: dispatched, nobody on site").hasSize(1);
      assertThat(late.get(0).getString("status")).isEqualTo("DISPATCHED");
      JsonObject onSite =
          open.stream().filter(r -> r.getString("status").equals("ON_SITE")).findFirst().get();
      assertThat(onSite.getBoolean("breached")).as("arrived in time").isFalse();
      // The request seeded to be at risk has the earliest deadline of those waiting for dispatch.
      List<Instant> waiting =
          open.stream()
              .filter(r -> r.getString("status").equals("REGISTERED"))
              .map(r -> Instant.parse(r.getString("slaDeadline")))
              .toList();
      assertThat(waiting).hasSize(2);
      JsonObject atRisk =
          open.stream()
              .filter(r -> r.getString("deviceSerial").equals("DM-NB-0002"))
              .findFirst()
              .get();
      assertThat(Instant.parse(atRisk.getString("slaDeadline")))
          .isEqualTo(waiting.stream().min(Instant::compareTo).get());

      List<JsonObject> done = demo(storeManager.get("service-requests?status=DONE&size=200"));
      assertThat(done).hasSize(1);
      assertThat(done.get(0).getInt("feedbackScore")).isEqualTo(5);
      assertThat(done.get(0).getBoolean("signed")).isTrue();
      assertThat(done.get(0).getBoolean("breached")).isFalse();

      List<JsonObject> mine = demo(technician.get("service-requests?technicianId=" + techId));
      assertThat(mine)
          .as("the technician's own list")
          .extracting(r -> r.getString("status"))
          .containsExactlyInAnyOrder("DISPATCHED", "DISPATCHED", "ON_SITE");
    }
  }

  @Test
  void aRequestIsRegisteredWithItsDeadlineFromTheAgreedTimeWithinServiceHours() {
    long customer = customer("报修人");
    LocalDate tomorrow = LocalDate.now(SHANGHAI).plusDays(1);
    Instant agreed = tomorrow.atTime(10, 0).atZone(SHANGHAI).toInstant();

    Api.Reply city = consultant.post("service-requests", request(customer, "CITY", agreed, null));
    assertThat(city.status()).as(city.toString()).isEqualTo(201);
    JsonObject created = city.json();
    long id = created.getJsonNumber("id").longValue();
    assertThat(city.header("Location")).endsWith("/api/v1/service-requests/" + id);
    assertThat(Instant.parse(created.getString("slaDeadline")))
        .isEqualTo(tomorrow.atTime(12, 0).atZone(SHANGHAI).toInstant());
    assertThat(created.getBoolean("covered")).isFalse();
    assertThat(created.containsKey("contractId")).isFalse();
    assertThat(created.getString("priority")).isEqualTo("STANDARD");
    assertThat(created.getString("status")).isEqualTo("REGISTERED");
    assertThat(created.getString("clientName")).isEqualTo("报修人");
    assertThat(created.getBoolean("breached")).isFalse();

    JsonObject county =
        consultant.post("service-requests", request(customer, "COUNTY", agreed, null)).json();
    assertThat(Instant.parse(county.getString("slaDeadline")))
        .isEqualTo(tomorrow.atTime(16, 0).atZone(SHANGHAI).toInstant());

    Instant lateEvening = tomorrow.atTime(19, 30).atZone(SHANGHAI).toInstant();
    JsonObject carried =
        consultant.post("service-requests", request(customer, "CITY", lateEvening, null)).json();
    assertThat(Instant.parse(carried.getString("slaDeadline")))
        .as("one hour before closing, one after the next opening")
        .isEqualTo(tomorrow.plusDays(1).atTime(9, 30).atZone(SHANGHAI).toInstant());

    Instant registered = Instant.parse(created.getString("registeredAt"));
    assertThat(registered).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(5));
    assertThat(manager.get("service-requests/" + id).json().getString("deviceSerial"))
        .isEqualTo(created.getString("deviceSerial"));
  }

  @Test
  void aDesktopSoldToACustomerRegistersAnInstallationRequestPerUnitAndAnAnonymousOneNone() {
    String sku = "INS-" + PlatformApiIT.suffix().toUpperCase();
    Api.Reply product =
        manager.post(
            "products",
            """
            {"sku":"%s","name":"Installed desktop","category":"DESKTOP","price":4999.00,"cost":4000,"pricingRole":"MAINSTREAM","phase":"PLATEAU"}"""
                .formatted(sku));
    assertThat(product.status()).as(product.toString()).isEqualTo(201);
    long desktop = product.json().getJsonNumber("id").longValue();
    assertThat(manager.put("products/" + desktop + "/stock", "{\"onHand\":5}").status())
        .isEqualTo(200);
    long customer = customer("装机客户");
    String serial = "DT-" + PlatformApiIT.suffix();

    Api.Reply sold =
        consultant.post(
            "orders",
            """
            {"customerId":%d,"lines":[{"productId":%d,"quantity":2,"serial":"%s"}],"payment":"CASH"}"""
                .formatted(customer, desktop, serial),
            "Idempotency-Key",
            java.util.UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    long order = sold.json().getJsonNumber("id").longValue();
    List<JsonObject> installations = openRequestsFor(serial, "ORDER-" + order + "-");
    assertThat(installations).hasSize(2);
    assertThat(installations)
        .extracting(r -> r.getString("deviceSerial"))
        .containsExactlyInAnyOrder(serial, "ORDER-" + order + "-1-2");
    for (JsonObject request : installations) {
      assertThat(request.getString("kind")).isEqualTo("INSTALLATION");
      assertThat(request.getString("status")).isEqualTo("REGISTERED");
      assertThat(request.getString("clientName")).isEqualTo("装机客户");
      assertThat(request.getString("priority")).isEqualTo("STANDARD");
      assertThat(request.getBoolean("covered")).isFalse();
      assertThat(Api.decimal(request, "price"))
          .as("not covered: the installation fee")
          .isEqualByComparingTo("100");
      assertThat(Instant.parse(request.getString("slaDeadline")))
          .isAfter(Instant.parse(request.getString("registeredAt")));
    }

    Api.Reply anonymous =
        consultant.post(
            "orders",
            """
            {"lines":[{"productId":%d,"quantity":1}],"payment":"CASH"}"""
                .formatted(desktop),
            "Idempotency-Key",
            java.util.UUID.randomUUID().toString());
    assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(201);
    long walkIn = anonymous.json().getJsonNumber("id").longValue();
    assertThat(openRequestsFor("-", "ORDER-" + walkIn + "-")).as("no one to visit").isEmpty();
  }

  /** The store's open requests whose device is this serial or starts with this prefix. */
  private List<JsonObject> openRequestsFor(String serial, String prefix) {
    List<JsonObject> found = new java.util.ArrayList<>();
    for (int page = 0; ; page++) {
      Api.Reply reply = manager.get("service-requests?size=200&page=" + page);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      List<JsonObject> items = reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
      for (JsonObject item : items) {
        String device = item.getString("deviceSerial");
        if (device.equals(serial) || device.startsWith(prefix)) {
          found.add(item);
        }
      }
      if (items.size() < 200) {
        return found;
      }
    }
  }

  @Test
  void anImportedRequestWithAPastAgreedTimeIsBreachedWithItsMinutesLate() {
    long customer = customer("历史报修");
    LocalDate past = LocalDate.now(SHANGHAI).minusDays(3);
    Instant registered = past.atTime(9, 0).atZone(SHANGHAI).toInstant();
    Instant agreed = past.atTime(10, 0).atZone(SHANGHAI).toInstant();
    Api.Reply imported =
        consultant.post("service-requests", request(customer, "CITY", agreed, registered));
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    long id = imported.json().getJsonNumber("id").longValue();
    Instant deadline = past.atTime(12, 0).atZone(SHANGHAI).toInstant();

    JsonObject read = consultant.get("service-requests/" + id).json();
    assertThat(Instant.parse(read.getString("slaDeadline"))).isEqualTo(deadline);
    assertThat(read.getBoolean("breached")).isTrue();
    assertThat(Instant.parse(read.getString("breachedAt"))).isEqualTo(deadline);
    long late = Duration.between(deadline, Instant.now()).toMinutes();
    assertThat(read.getJsonNumber("breachMinutes").longValue()).isBetween(late - 2, late + 2);
  }

  @Test
  void theQueueComesInDispatchOrderBusinessClientsFirstThenTheDeadline() {
    long customer = customer("排队");
    LocalDate day = LocalDate.now(SHANGHAI).plusDays(2);
    long later =
        id(
            consultant.post(
                "service-requests",
                request(customer, "CITY", day.atTime(9, 0).atZone(SHANGHAI).toInstant(), null)));
    long sooner =
        id(
            consultant.post(
                "service-requests",
                request(customer, "CITY", day.atTime(8, 40).atZone(SHANGHAI).toInstant(), null)));
    long client =
        id(
            Api.as(base, "accounts", "demo")
                .post(
                    "accounts",
                    "{\"name\":\"排队客户 %s\",\"status\":\"ACTIVE\",\"source\":\"REFERRAL\",\"paymentTermDays\":30}"
                        .formatted(PlatformApiIT.suffix())));
    Api.Reply business =
        consultant.post(
            "service-requests",
            """
            {"accountId":%d,"deviceSerial":"SN-%s","kind":"ON_SITE","region":"COUNTY","problem":"打印机无法联网","agreedAt":"%s"}"""
                .formatted(
                    client,
                    PlatformApiIT.suffix(),
                    day.atTime(15, 0).atZone(SHANGHAI).toInstant()));
    assertThat(business.status()).as(business.toString()).isEqualTo(201);
    assertThat(business.json().getString("priority"))
        .as("an account's request is a business client's")
        .isEqualTo("BUSINESS");
    long account = id(business);

    List<Long> queue = ids(manager.get("service-requests?size=200"));
    assertThat(queue).containsSubsequence(account, sooner, later);
    assertThat(ids(manager.get("service-requests?status=REGISTERED&size=200")))
        .containsSubsequence(account, sooner, later);
    assertThat(ids(manager.get("service-requests?status=DONE&size=200"))).doesNotContain(later);
  }

  @Test
  void aJobGoesFromDispatchToOnSiteToDoneAndItsFeedbackOpensARecoveryTask() {
    long customer = customer("修好了");
    long id = register(customer);
    long techId = admin.userId("tech");

    Api.Reply byConsultant = consultant.post(dispatch(id), technician(techId));
    assertThat(byConsultant.status()).as("consultants do not dispatch").isEqualTo(403);
    assertThat(tech.post(dispatch(id), technician(techId)).status()).isEqualTo(403);
    Api.Reply toConsultant = manager.post(dispatch(id), technician(admin.userId("consultant")));
    assertThat(toConsultant.status()).as(toConsultant.toString()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(toConsultant)).containsExactly("technicianId");

    Api.Reply dispatched = manager.post(dispatch(id), technician(techId));
    assertThat(dispatched.status()).as(dispatched.toString()).isEqualTo(200);
    assertThat(dispatched.json().getString("status")).isEqualTo("DISPATCHED");
    assertThat(dispatched.json().getJsonNumber("technicianId").longValue()).isEqualTo(techId);
    assertThat(ids(tech.get("service-requests?technicianId=" + techId + "&size=200"))).contains(id);

    assertThat(manager.post(progress(id), "{\"status\":\"ON_SITE\"}").status())
        .as("only technicians progress jobs")
        .isEqualTo(403);
    Api.Reply onSite = tech.post(progress(id), "{\"status\":\"ON_SITE\",\"notes\":\"到达\"}");
    assertThat(onSite.status()).as(onSite.toString()).isEqualTo(200);
    assertThat(onSite.json().getString("status")).isEqualTo("ON_SITE");
    Instant arrived = Instant.parse(onSite.json().getString("onSiteAt"));
    assertThat(arrived).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(5));
    assertThat(onSite.json().getBoolean("breached")).isFalse();

    Api.Reply early = tech.post(feedback(id), "{\"score\":5}");
    assertThat(early.status()).as("no feedback before the job is done").isEqualTo(409);

    Api.Reply done =
        tech.post(
            progress(id),
            """
            {"status":"DONE","notes":"更换电源","parts":"电源适配器 x1","signature":"{\\"lines\\":[[[10,10],[40,30]]]}"}""");
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    JsonObject closed = done.json();
    assertThat(closed.getString("status")).isEqualTo("DONE");
    assertThat(closed.getString("parts")).isEqualTo("电源适配器 x1");
    assertThat(closed.getBoolean("signed")).isTrue();
    assertThat(Instant.parse(closed.getString("onSiteAt")))
        .as("the promise's moment stays the arrival")
        .isCloseTo(arrived, within(1, ChronoUnit.MILLIS));
    assertThat(ids(manager.get("service-requests?size=200"))).doesNotContain(id);
    assertThat(ids(manager.get("service-requests?status=DONE&size=200"))).contains(id);
    assertThat(tech.post(progress(id), "{\"status\":\"ON_SITE\"}").status())
        .as("a done job is closed")
        .isEqualTo(409);

    Api.Reply invalid = tech.post(feedback(id), "{\"score\":6}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(PlatformApiIT.fields(invalid)).containsExactly("score");
    Api.Reply low = tech.post(feedback(id), "{\"score\":2,\"comment\":\"等太久\"}");
    assertThat(low.status()).as(low.toString()).isEqualTo(200);
    assertThat(low.json().getInt("feedbackScore")).isEqualTo(2);
    assertThat(low.json().getJsonNumber("recoveryTaskId"))
        .as("the customers module's recovery task for the store manager")
        .isNotNull();
    assertThat(tech.post(feedback(id), "{\"score\":5}").status()).isEqualTo(409);
  }

  @Test
  void onlyTheAssignedTechnicianProgressesAJob() {
    long id = register(customer("别人的单"));
    manager.post(dispatch(id), technician(admin.userId("tech")));
    String username = "tech2." + PlatformApiIT.suffix();
    long store = manager.get("me").json().getJsonNumber("storeId").longValue();
    assertThat(
            admin
                .post("users", PlatformApiIT.newUser(username, "s3cret-pass", "SERVICE", store))
                .status())
        .isEqualTo(201);
    Api other = Api.as(base, username, "s3cret-pass");
    Api.Reply notYours = other.post(progress(id), "{\"status\":\"ON_SITE\"}");
    assertThat(notYours.status()).as(notYours.toString()).isEqualTo(422);
    assertThat(notYours.json().getString("code")).isEqualTo("error.request.notYours");
    assertThat(other.post(feedback(id), "{\"score\":5}").status()).isEqualTo(422);
    assertThat(tech.get("service-requests/" + id).json().getString("status"))
        .isEqualTo("DISPATCHED");
  }

  @Test
  void consultantsAndManagersRegisterOthersMayNot() {
    long customer = customer("谁能登记");
    assertThat(manager.post("service-requests", request(customer, "CITY", null, null)).status())
        .isEqualTo(201);
    assertThat(tech.post("service-requests", request(customer, "CITY", null, null)).status())
        .isEqualTo(403);
    assertThat(accounts.post("service-requests", request(customer, "CITY", null, null)).status())
        .isEqualTo(403);

    Api.Reply neither =
        consultant.post(
            "service-requests",
            "{\"deviceSerial\":\"SN1\",\"kind\":\"CARRY_IN\",\"region\":\"CITY\",\"problem\":\"x\"}");
    assertThat(neither.status()).as(neither.toString()).isEqualTo(422);
    assertThat(neither.json().getString("code")).isEqualTo("error.request.client");
    Api.Reply invalid = consultant.post("service-requests", "{\"customerId\":" + customer + "}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(PlatformApiIT.fields(invalid)).contains("deviceSerial", "kind", "region", "problem");
    Api.Reply future =
        consultant.post(
            "service-requests", request(customer, "CITY", null, Instant.now().plusSeconds(3600)));
    assertThat(future.status()).isEqualTo(400);
    assertThat(PlatformApiIT.fields(future)).containsExactly("registeredAt");
  }

  @Test
  void anotherStoresRequestIsNotFound() {
    long customer = customer("别店报修");
    long id = register(customer);
    assertThat(plazaConsultant.get("service-requests/" + id).status()).isEqualTo(404);
    assertThat(plazaManager.post(dispatch(id), technician(admin.userId("tech"))).status())
        .isEqualTo(404);
    assertThat(plazaManager.post(feedback(id), "{\"score\":4}").status()).isEqualTo(404);
    assertThat(ids(plazaManager.get("service-requests?size=200"))).doesNotContain(id);
    assertThat(
            plazaConsultant
                .post("service-requests", request(customer, "CITY", null, null))
                .status())
        .as("nor may another store register one for this store's customer")
        .isEqualTo(404);
    assertThat(admin.get("service-requests/" + id).status()).isEqualTo(200);
  }

  @Test
  void theSlaSweepFlagsAnImportedBreachOnceOverTwoRunsAndTellsTheManagers() {
    long customer = customer("超时导入");
    LocalDate past = LocalDate.now(SHANGHAI).minusDays(2);
    Instant registered = past.atTime(LocalTime.of(14, 0)).atZone(SHANGHAI).toInstant();
    long id =
        id(
            consultant.post(
                "service-requests", request(customer, "COUNTY", registered, registered)));

    assertThat(consultant.post("admin/jobs/service-sla/run", "").status()).isEqualTo(403);
    Api.Reply first = admin.post("admin/jobs/service-sla/run", "");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().getString("ranAt")).isNotBlank();
    JsonObject flagged = manager.get("service-requests/" + id).json();
    assertThat(flagged.getBoolean("breached")).isTrue();
    String flaggedAt = flagged.getString("breachFlaggedAt");

    Api.Reply second = admin.post("admin/jobs/service-sla/run", "");
    assertThat(second.status()).isEqualTo(200);
    assertThat(manager.get("service-requests/" + id).json().getString("breachFlaggedAt"))
        .as("a repeated run flags nothing again")
        .isEqualTo(flaggedAt);
    List<JsonObject> notices =
        manager
            .get("notices?size=200")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(n -> ("/services/job.xhtml?id=" + id).equals(n.getString("link", null)))
            .toList();
    assertThat(notices).as("one breach notice, no warning for a request already late").hasSize(1);
    assertThat(notices.get(0).getString("text")).contains(String.valueOf(id));

    JsonObject status = admin.get("admin/jobs/service-sla").json();
    assertThat(status.getBoolean("stale")).isFalse();
    assertThat(Instant.parse(status.getString("lastRunAt")))
        .isAfterOrEqualTo(Instant.parse(first.json().getString("ranAt")));
  }

  private long register(long customer) {
    return id(consultant.post("service-requests", request(customer, "CITY", null, null)));
  }

  private long customer(String name) {
    Api.Reply created =
        consultant.post("customers", CustomersApiIT.walkIn(name, CustomersApiIT.mobile()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  static String request(long customer, String region, Instant agreedAt, Instant registeredAt) {
    return """
        {"customerId":%d,"deviceSerial":"SN-%s","kind":"INSTALLATION","region":"%s","problem":"安装空调"%s%s}"""
        .formatted(
            customer,
            PlatformApiIT.suffix(),
            region,
            agreedAt == null ? "" : ",\"agreedAt\":\"" + agreedAt + "\"",
            registeredAt == null ? "" : ",\"registeredAt\":\"" + registeredAt + "\"");
  }

  private static String dispatch(long id) {
    return "service-requests/" + id + "/dispatch";
  }

  private static String progress(long id) {
    return "service-requests/" + id + "/progress";
  }

  private static String feedback(long id) {
    return "service-requests/" + id + "/feedback";
  }

  private static String technician(long id) {
    return "{\"technicianId\":" + id + "}";
  }

  private static long id(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getJsonNumber("id").longValue();
  }

  /** The demo data's requests (their devices' serials start DM-) of a page. */
  private static List<JsonObject> demo(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("deviceSerial").startsWith("DM-"))
        .toList();
  }

  private static List<Long> ids(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(c -> c.getJsonNumber("id").longValue())
        .toList();
  }
}
