package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Escalation (issue 15): an open follow-up overdue by more than three days (the setting) goes to
 * the store manager's escalated list; the manager hands it to a consultant or closes it with a
 * reason. Tasks are made overdue with SQL on PostgreSQL (the API only plans future contacts); the
 * embedded H2 file is the server's alone, so there the test checks the refusals.
 */
@SystemTest
class FollowUpEscalationApiIT {
  private final URI base;
  private final Api admin;
  private final Api plazaManager;

  FollowUpEscalationApiIT(URI base) {
    this.base = base;
    admin = Api.as(base, "admin", "demo");
    plazaManager = Api.as(base, "plaza.manager", "demo");
  }

  @Test
  void anOverdueFollowUpEscalatesAndTheManagerReassignsOrClosesIt() throws Exception {
    OwnStore store = OwnStore.open(base, admin, "E");
    long colleague =
        admin
            .post(
                "users",
                PlatformApiIT.newUser(
                    "it.e.c2." + PlatformApiIT.suffix(), "long-enough-1", "CONSULTANT", store.id))
            .json()
            .getJsonNumber("id")
            .longValue();
    long late = plan(store, store.walkIn("升级甲"));
    long later = plan(store, store.walkIn("升级乙"));
    long recent = plan(store, store.walkIn("升级丙"));

    boolean backdated =
        OwnStore.backdate(late, Duration.ofDays(4))
            && OwnStore.backdate(later, Duration.ofDays(10))
            && OwnStore.backdate(recent, Duration.ofDays(2).plusHours(23));
    Api.Reply run = admin.post("admin/jobs/followups/run", "");
    assertThat(run.status()).as(run.toString()).isEqualTo(200);

    // Denials first: consultants do not handle escalations, another store's manager finds nothing.
    String handover = "{\"consultantId\":%d,\"version\":%d}";
    assertThat(
            store
                .consultant
                .post("follow-ups/" + late + "/reassignment", handover.formatted(colleague, 0))
                .status())
        .isEqualTo(403);
    assertThat(store.consultant.post("follow-ups/" + late + "/closure", closure("no", 0)).status())
        .isEqualTo(403);
    assertThat(
            plazaManager
                .post("follow-ups/" + late + "/reassignment", handover.formatted(colleague, 0))
                .status())
        .isEqualTo(404);
    assertThat(plazaManager.post("follow-ups/" + late + "/closure", closure("no", 0)).status())
        .isEqualTo(404);
    Api.Reply blank = store.manager.post("follow-ups/" + late + "/closure", closure(" ", 0));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(PlatformApiIT.fields(blank)).containsExactly("reason");
    Api.Reply notEscalated =
        store.manager.post(
            "follow-ups/" + recent + "/reassignment",
            handover.formatted(colleague, version(store, recent)));
    assertThat(notEscalated.status()).as(notEscalated.toString()).isEqualTo(409);
    assertThat(notEscalated.json().getString("code")).isEqualTo("error.followUp.notEscalated");

    if (!backdated) {
      assertThat(store.queue("ESCALATED")).as("nothing of this store is overdue").isEmpty();
      return;
    }
    assertThat(run.json().getInt("escalatedFollowUps")).isGreaterThanOrEqualTo(2);
    Api.Reply escalated = store.manager.get("follow-ups?status=ESCALATED&size=50");
    assertThat(escalated.json().getJsonNumber("total").longValue()).isEqualTo(2);
    assertThat(ids(store.queue("ESCALATED")))
        .as("over three days overdue, the longest first; not the one 2 days 23 hours overdue")
        .containsExactly(later, late);
    JsonObject flagged = store.manager.get("follow-ups/" + late).json();
    assertThat(Instant.parse(flagged.getString("escalatedAt")))
        .isBetween(Instant.now().minusSeconds(300), Instant.now().plusSeconds(5));
    assertThat(flagged.getJsonNumber("consultantId").longValue())
        .as("still in the consultant's queue until the manager acts")
        .isEqualTo(store.consultantId);

    // Reassigned to an active consultant of the store: due now, no longer escalated.
    long lateVersion = flagged.getJsonNumber("version").longValue();
    long elsewhere = admin.userId("plaza.consultant");
    Api.Reply wrongStore =
        store.manager.post(
            "follow-ups/" + late + "/reassignment", handover.formatted(elsewhere, lateVersion));
    assertThat(wrongStore.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(wrongStore)).containsExactly("consultantId");
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Api.Reply reassigned =
        store.manager.post(
            "follow-ups/" + late + "/reassignment", handover.formatted(colleague, lateVersion));
    assertThat(reassigned.status()).as(reassigned.toString()).isEqualTo(200);
    assertThat(reassigned.json().getJsonNumber("consultantId").longValue()).isEqualTo(colleague);
    assertThat(reassigned.json().containsKey("escalatedAt")).isFalse();
    assertThat(Instant.parse(reassigned.json().getString("dueAt")))
        .isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
    assertThat(ids(store.queue("ESCALATED"))).containsExactly(later);

    // Closed with a reason: a stale version is refused, then the task is cancelled.
    long laterVersion = version(store, later);
    Api.Reply stale =
        store.manager.post(
            "follow-ups/" + later + "/closure", closure("moved away", laterVersion + 1));
    assertThat(stale.status()).isEqualTo(409);
    Api.Reply closed =
        store.manager.post("follow-ups/" + later + "/closure", closure("moved away", laterVersion));
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    assertThat(closed.json().getString("status")).isEqualTo("CANCELLED");
    assertThat(store.queue("ESCALATED")).isEmpty();
    assertThat(ids(store.openTasks())).containsExactlyInAnyOrder(late, recent);
    assertThat(
            store
                .manager
                .post("follow-ups/" + later + "/closure", closure("again", laterVersion + 1))
                .status())
        .as("no longer open")
        .isEqualTo(409);

    // The next run does not escalate the reassigned task again (due now).
    admin.post("admin/jobs/followups/run", "");
    assertThat(store.queue("ESCALATED")).isEmpty();
  }

  /** A planned contact an hour ahead, in the store consultant's queue. */
  private static long plan(OwnStore store, long customer) {
    Api.Reply planned =
        store.consultant.post(
            "follow-ups",
            "{\"customerId\":%d,\"dueAt\":\"%s\",\"purpose\":\"NEXT_VISIT\"}"
                .formatted(
                    customer, Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS)));
    assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
    return planned.json().getJsonNumber("id").longValue();
  }

  private static long version(OwnStore store, long task) {
    return store.manager.get("follow-ups/" + task).json().getJsonNumber("version").longValue();
  }

  private static String closure(String reason, long version) {
    return "{\"reason\":\"%s\",\"version\":%d}".formatted(reason, version);
  }

  private static List<Long> ids(List<JsonObject> tasks) {
    return tasks.stream().map(t -> t.getJsonNumber("id").longValue()).toList();
  }
}
