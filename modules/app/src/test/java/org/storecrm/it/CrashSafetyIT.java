package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pulling the plug in the middle of a busy Saturday: a StoreCRM process of its own, on a database
 * of its own (an H2 file or a PostgreSQL database, the run's kind), eight counters ringing up
 * orders with Idempotency-Keys, SIGKILL while requests are in flight, a new process on the same
 * data. Every order that was answered 201 must be there with its stock movement, and sending its
 * key again must answer that order and sell nothing twice.
 */
@ExtendWith(RequiresDatabase.class)
class CrashSafetyIT {
  private static final int COUNTERS = 8;
  private static final int INITIAL_STOCK = 100_000;

  /** How long the counters ring up before the kill (at least; enough orders are waited for). */
  private static final Duration LOAD =
      Duration.ofSeconds(Long.getLong("storecrm.it.crash.seconds", 10));

  private static final int MIN_ACKNOWLEDGED = 40;

  private static String url;
  private static String user;
  private static String password;
  private static String createdPostgresDatabase;

  @BeforeAll
  static void databaseOfItsOwn() throws SQLException {
    String run = Long.toString(System.currentTimeMillis(), 36);
    if ("postgresql".equals(System.getProperty("storecrm.it.database"))) {
      String name =
          "storecrm_crash_" + run + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
      try (Connection admin =
              DriverManager.getConnection(
                  TestDatabase.POSTGRES_ADMIN_URL, TestDatabase.POSTGRES_USER, "");
          Statement sql = admin.createStatement()) {
        sql.execute("CREATE DATABASE " + name);
      }
      createdPostgresDatabase = name;
      String admin = TestDatabase.POSTGRES_ADMIN_URL;
      url = admin.substring(0, admin.lastIndexOf('/') + 1) + name;
      user = TestDatabase.POSTGRES_USER;
      password = "unused-trust-auth";
    } else {
      File folder =
          new File(System.getProperty("storecrm.it.work", "target/it"), "h2-crash-" + run);
      // The README's run command's URL, in a folder of the test's own.
      url = "jdbc:h2:file:" + folder.getAbsolutePath() + "/storecrm";
      user = "storecrm";
      password = "storecrm";
    }
  }

  @AfterAll
  static void dropDatabase() {
    if (createdPostgresDatabase == null) {
      return;
    }
    try (Connection admin =
            DriverManager.getConnection(
                TestDatabase.POSTGRES_ADMIN_URL, TestDatabase.POSTGRES_USER, "");
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + createdPostgresDatabase + " WITH (FORCE)");
    } catch (SQLException e) {
      System.err.println("Could not drop " + createdPostgresDatabase + ": " + e);
    }
  }

  @Test
  void everyAcknowledgedOrderSurvivesKillNineAndItsKeyNeverSellsTwice() throws Exception {
    List<Counter> counters = new ArrayList<>();
    RunningStoreCrm.Server crashed =
        RunningStoreCrm.Server.start("storecrm-crash", url, user, password);
    boolean killed = false;
    try {
      Api manager = Api.as(crashed.baseUri, "manager", "demo");
      Api consultant = Api.as(crashed.baseUri, "consultant", "demo");
      for (int i = 0; i < COUNTERS; i++) {
        String sku = "CRASH-" + i + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Api.Reply product =
            manager.post(
                "products",
                SalesApiIT.product(
                    sku, "Crash test " + i, "NOTEBOOK", "100.00", "80", "MAINSTREAM"));
        assertThat(product.status()).as(product.toString()).isEqualTo(201);
        long id = product.json().getJsonNumber("id").longValue();
        Api.Reply stock =
            consultant.put("products/" + id + "/stock", "{\"onHand\":" + INITIAL_STOCK + "}");
        assertThat(stock.status()).as(stock.toString()).isEqualTo(200);
        counters.add(new Counter(id, consultant));
      }

      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService pool = Executors.newFixedThreadPool(COUNTERS);
      List<Future<?>> running = new ArrayList<>();
      for (Counter counter : counters) {
        running.add(pool.submit(() -> counter.ringUpUntil(stop)));
      }
      Instant started = Instant.now();
      Instant limit = started.plus(LOAD).plusSeconds(120);
      while (Instant.now().isBefore(started.plus(LOAD))
          || acknowledged(counters) < MIN_ACKNOWLEDGED) {
        assertThat(Instant.now()).as("counters got too few orders through").isBefore(limit);
        Thread.sleep(100);
      }
      crashed.kill();
      killed = true;
      long loadMillis = Duration.between(started, Instant.now()).toMillis();
      stop.set(true);
      pool.shutdown();
      for (Future<?> counter : running) {
        counter.get(60, TimeUnit.SECONDS);
      }
      System.out.printf(
          "CrashSafetyIT (%s): killed after %d ms with %d orders answered 201, %d in flight%n",
          System.getProperty("storecrm.it.database"),
          loadMillis,
          acknowledged(counters),
          counters.stream().mapToInt(c -> c.inFlight.size()).sum());
      for (Counter counter : counters) {
        assertThat(counter.refused).as("answers other than 201 before the kill").isEmpty();
      }
    } finally {
      if (!killed) {
        crashed.close();
      }
    }

    try (RunningStoreCrm.Server restarted =
        RunningStoreCrm.Server.start("storecrm-restarted", url, user, password)) {
      Api consultant = Api.as(restarted.baseUri, "consultant", "demo");
      int lost = 0;
      int soldAgain = 0;
      List<String> problems = new ArrayList<>();
      for (Counter counter : counters) {
        int before = onHand(consultant, counter.productId);
        for (Map.Entry<String, Long> order : counter.acknowledged.entrySet()) {
          Api.Reply present = consultant.get("orders/" + order.getValue());
          if (present.status() != 200) {
            lost++;
            problems.add("order " + order.getValue() + " answered 201 is gone: " + present);
          } else {
            JsonObject line = present.json().getJsonArray("lines").getJsonObject(0);
            assertThat(line.getJsonNumber("productId").longValue()).isEqualTo(counter.productId);
          }
          Api.Reply again =
              consultant.post(
                  "orders",
                  SalesApiIT.order(counter.productId, 1, null),
                  "Idempotency-Key",
                  order.getKey());
          if (again.status() != 200
              || again.json().getJsonNumber("id").longValue() != order.getValue()) {
            soldAgain++;
            problems.add("key " + order.getKey() + " of order " + order.getValue() + ": " + again);
          }
        }
        int after = onHand(consultant, counter.productId);
        if (after != before) {
          problems.add(
              "sending product %d's acknowledged keys again sold %d units"
                  .formatted(counter.productId, before - after));
        }
        // A request in flight at the kill may or may not have been saved: its key now settles it,
        // once (200 when it was saved, 201 when not).
        for (String key : counter.inFlight) {
          Api.Reply settled =
              consultant.post(
                  "orders", SalesApiIT.order(counter.productId, 1, null), "Idempotency-Key", key);
          if (settled.status() != 200 && settled.status() != 201) {
            problems.add("key " + key + " in flight at the kill: " + settled);
          }
        }
        int keys = counter.acknowledged.size() + counter.inFlight.size();
        int sold = INITIAL_STOCK - onHand(consultant, counter.productId);
        if (sold != keys) {
          problems.add(
              "product %d: %d keys, each one order of one unit, but %d units left the stock"
                  .formatted(counter.productId, keys, sold));
        }
      }
      System.out.printf(
          "CrashSafetyIT (%s): after the restart %d acknowledged orders missing, %d keys sold"
              + " again%n",
          System.getProperty("storecrm.it.database"), lost, soldAgain);
      assertThat(problems)
          .as("%d acknowledged orders lost, %d keys sold a second time", lost, soldAgain)
          .isEmpty();
    }
  }

  private static int acknowledged(List<Counter> counters) {
    return counters.stream().mapToInt(c -> c.acknowledged.size()).sum();
  }

  private static int onHand(Api api, long productId) {
    Api.Reply product = api.get("products/" + productId);
    assertThat(product.status()).as(product.toString()).isEqualTo(200);
    return product.json().getInt("onHand");
  }

  /**
   * One till: sells one unit of its own product per order, each with a fresh key, until stopped.
   */
  private static final class Counter {
    final long productId;
    final Api api;
    final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    final List<String> inFlight = new ArrayList<>();
    final List<String> refused = new ArrayList<>();

    Counter(long productId, Api api) {
      this.productId = productId;
      this.api = api;
    }

    void ringUpUntil(AtomicBoolean stop) {
      String order = SalesApiIT.order(productId, 1, null);
      while (!stop.get()) {
        String key = UUID.randomUUID().toString();
        try {
          Api.Reply reply = api.post("orders", order, "Idempotency-Key", key);
          if (reply.status() == 201) {
            acknowledged.put(key, reply.json().getJsonNumber("id").longValue());
          } else {
            refused.add(reply.toString());
            inFlight.add(key);
          }
        } catch (IllegalStateException e) {
          if (!(e.getCause() instanceof IOException)) {
            throw e;
          }
          // The server is gone (killed): this request's fate is unknown, and this till closes.
          inFlight.add(key);
          return;
        }
      }
    }
  }
}
