package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A store of a test's own, with a manager and a consultant, for exact figures no other test's data
 * touches (issue 15's system tests).
 */
final class OwnStore {
  final long id;
  final Api manager;
  final Api consultant;
  final long managerId;
  final long consultantId;
  final String managerUsername;

  private OwnStore(
      long id,
      Api manager,
      Api consultant,
      long managerId,
      long consultantId,
      String managerUsername) {
    this.id = id;
    this.managerUsername = managerUsername;
    this.manager = manager;
    this.consultant = consultant;
    this.managerId = managerId;
    this.consultantId = consultantId;
  }

  static OwnStore open(URI base, Api admin, String prefix) {
    String code = prefix + PlatformApiIT.suffix().toUpperCase();
    Api.Reply created = admin.post("stores", PlatformApiIT.store(code));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long store = created.json().getJsonNumber("id").longValue();
    String suffix = PlatformApiIT.suffix();
    String managerName = "it." + prefix.toLowerCase() + ".m." + suffix;
    String consultantName = "it." + prefix.toLowerCase() + ".c." + suffix;
    long managerId = user(admin, managerName, "MANAGER", store);
    long consultantId = user(admin, consultantName, "CONSULTANT", store);
    return new OwnStore(
        store,
        Api.as(base, managerName, "long-enough-1"),
        Api.as(base, consultantName, "long-enough-1"),
        managerId,
        consultantId,
        managerName);
  }

  private static long user(Api admin, String username, String role, long store) {
    Api.Reply made =
        admin.post("users", PlatformApiIT.newUser(username, "long-enough-1", role, store));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    return made.json().getJsonNumber("id").longValue();
  }

  /** A walk-in registered by the store's consultant (a contact today, no task). */
  long walkIn(String name) {
    return CustomersApiIT.register(consultant, name, CustomersApiIT.mobile());
  }

  /** A walk-in the manager makes a VIP. */
  long vip(String name) {
    long id = walkIn(name);
    Api.Reply granted = manager.post("customers/" + id + "/vip", "{\"reason\":\"sends leads\"}");
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
    return id;
  }

  /** Every open follow-up of the store, as its manager reads it. */
  List<JsonObject> openTasks() {
    return queue("OPEN");
  }

  List<JsonObject> queue(String status) {
    List<JsonObject> tasks = new ArrayList<>();
    for (int page = 0; page < 20; page++) {
      List<JsonObject> items =
          manager
              .get("follow-ups?status=" + status + "&size=200&page=" + page)
              .json()
              .getJsonArray("items")
              .getValuesAs(JsonObject.class);
      tasks.addAll(items);
      if (items.size() < 200) {
        break;
      }
    }
    return tasks;
  }

  /**
   * Moves a follow-up's due time into the past; false where the test cannot reach the server's
   * database (the embedded H2 file is the server's alone).
   */
  static boolean backdate(long followUpId, Duration ago) throws Exception {
    String url = System.getProperty(TestDatabase.URL);
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      return false;
    }
    try (Connection db =
            DriverManager.getConnection(
                url,
                System.getProperty(TestDatabase.USER),
                System.getProperty(TestDatabase.PASSWORD));
        PreparedStatement move =
            db.prepareStatement("UPDATE cus_follow_up SET due_at = ? WHERE id = ?")) {
      move.setObject(1, OffsetDateTime.ofInstant(Instant.now().minus(ago), ZoneOffset.UTC));
      move.setLong(2, followUpId);
      assertThat(move.executeUpdate()).isEqualTo(1);
    }
    return true;
  }
}
