import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak driver of bench/soak.sh: closed-loop virtual users (consultants at the counter, managers
 * reading reports) against a running StoreCRM for a number of minutes, printing each minute's
 * throughput and p95 per scenario with the server's heap and the database's connections, then
 * reconciling every acknowledged order with the database. Run with the JDK's source launcher (no
 * dependencies): {@code java bench/soak/Soak.java}. Its inputs come as system properties from
 * soak.sh.
 */
public class Soak {
  static final String[] SCENARIOS = {
    "search", "card", "contact", "follow-ups", "checkout", "checkout-retry", "reports"
  };

  final URI base = URI.create(System.getProperty("base"));
  final int users = Integer.getInteger("users", 50);
  final int minutes = Integer.getInteger("minutes", 30);
  final int thinkMillis = Integer.getInteger("think", 1000);
  final int managers = Math.max(1, users / 10);
  final String db = System.getProperty("db");
  final String run = System.getProperty("run", Long.toString(System.currentTimeMillis(), 36));
  final long[] customers = ids(System.getProperty("customers"));
  final long[] products = ids(System.getProperty("products"));
  final Random seeds = new Random(Long.getLong("seed", 42));
  final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .executor(java.util.concurrent.Executors.newFixedThreadPool(8))
          .build();

  /** Latencies (ms) and errors of the minute running, per scenario. */
  final Map<String, ConcurrentLinkedQueue<Long>> minute = new ConcurrentHashMap<>();

  final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
  final Map<String, AtomicLong> totals = new ConcurrentHashMap<>();
  final Map<String, AtomicLong> errorTotals = new ConcurrentHashMap<>();
  final Map<String, String> firstErrors = new ConcurrentHashMap<>();

  /** Every order the server acknowledged: key → order id and body (for the retry scenario). */
  final Map<String, Long> acknowledged = new ConcurrentHashMap<>();

  final List<String[]> retryable = java.util.Collections.synchronizedList(new ArrayList<>());
  final AtomicLong doubleSales = new AtomicLong();
  volatile boolean running = true;

  public static void main(String[] args) throws Exception {
    System.exit(new Soak().soak());
  }

  int soak() throws Exception {
    for (String scenario : SCENARIOS) {
      minute.put(scenario, new ConcurrentLinkedQueue<>());
      errors.put(scenario, new AtomicLong());
      totals.put(scenario, new AtomicLong());
      errorTotals.put(scenario, new AtomicLong());
    }
    System.out.printf(
        Locale.ROOT,
        "## Soak: %d users (%d managers), %d min, think %d ms, %d customers, %d products, run %s%n%n",
        users,
        managers,
        minutes,
        thinkMillis,
        customers.length,
        products.length,
        run);
    System.out.println(
        "| minute | load | "
            + String.join(" | ", java.util.Arrays.stream(SCENARIOS).map(s -> s + " n/p95").toList())
            + " | errors | heap MB | PG connections |");
    System.out.println("|---|---|" + "---|".repeat(SCENARIOS.length) + "---|---|---|");
    List<Thread> threads = new ArrayList<>();
    CountDownLatch ready = new CountDownLatch(users);
    for (int i = 0; i < users; i++) {
      boolean manager = i < managers;
      long seed = seeds.nextLong();
      int number = i;
      Thread thread =
          new Thread(
              () -> {
                ready.countDown();
                user(number, manager, new Random(seed));
              },
              "user-" + i);
      thread.start();
      threads.add(thread);
    }
    ready.await();
    long end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
    for (int m = 1; m <= minutes; m++) {
      long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
      while (System.nanoTime() < Math.min(until, end)) {
        Thread.sleep(250);
      }
      report(m);
    }
    running = false;
    for (Thread thread : threads) {
      thread.join(60_000);
    }
    return reconcile();
  }

  void user(int number, boolean manager, Random random) {
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (manager ? "manager:demo" : "consultant:demo").getBytes(StandardCharsets.UTF_8));
    int orders = 0;
    while (running) {
      try {
        if (manager) {
          timed("reports", () -> get(auth, reportPath(random)));
        } else {
          int pick = random.nextInt(100);
          if (pick < 30) {
            String prefix = String.format(Locale.ROOT, "13%06d", random.nextInt(1_000_000));
            timed("search", () -> get(auth, "customers?q=" + prefix + "&size=20"));
          } else if (pick < 50) {
            long id = customers[random.nextInt(customers.length)];
            timed("card", () -> get(auth, "customers/" + id));
          } else if (pick < 60) {
            long id = customers[random.nextInt(customers.length)];
            timed(
                "contact",
                () ->
                    send(
                        auth,
                        "POST",
                        "customers/" + id + "/contacts",
                        "{\"kind\":\"CALL\",\"outcome\":\"soak " + run + "\"}",
                        null));
          } else if (pick < 70) {
            timed("follow-ups", () -> get(auth, "follow-ups?status=OPEN&size=20"));
          } else if (pick < 95 || retryable.isEmpty()) {
            String key = "soak-" + run + "-" + number + "-" + ++orders;
            String body =
                String.format(
                    Locale.ROOT,
                    "{\"customerId\":%d,\"lines\":[{\"productId\":%d,\"quantity\":%d}],\"payment\":\"CARD\"}",
                    customers[random.nextInt(customers.length)],
                    products[random.nextInt(products.length)],
                    1 + random.nextInt(2));
            HttpResponse<String> answer =
                timed("checkout", () -> send(auth, "POST", "orders", body, key));
            if (answer != null && answer.statusCode() == 201) {
              acknowledged.put(key, orderId(answer));
              retryable.add(new String[] {key, body});
            }
          } else {
            String[] sold = retryable.get(random.nextInt(retryable.size()));
            HttpResponse<String> answer =
                timed("checkout-retry", () -> send(auth, "POST", "orders", sold[1], sold[0]));
            if (answer != null
                && answer.statusCode() / 100 == 2
                && orderId(answer) != acknowledged.get(sold[0]).longValue()) {
              doubleSales.incrementAndGet();
            }
          }
        }
        if (thinkMillis > 0) {
          Thread.sleep(random.nextInt(2 * thinkMillis + 1));
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** One of the manager's reports, picked at random. */
  String reportPath(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> "sales-reports/target-vs-actual?month=" + YearMonth.now();
      case 1 -> "sales-reports/daily-activity?day=" + LocalDate.now();
      case 2 -> "customer-reports/consultant-load";
      case 3 -> "customer-reports/intent-status?size=20";
      default -> "follow-ups?status=OVERDUE&size=20";
    };
  }

  interface Call {
    HttpResponse<String> call() throws IOException, InterruptedException;
  }

  /** Runs one request of a scenario; a 5xx, an unexpected 4xx or a failed connection is an error. */
  HttpResponse<String> timed(String scenario, Call call) throws InterruptedException {
    long start = System.nanoTime();
    HttpResponse<String> answer = null;
    String failure = null;
    try {
      answer = call.call();
      int status = answer.statusCode();
      // Out of stock (409) is a store's answer, not a failure; anything else outside 2xx is.
      if (status / 100 != 2 && !(status == 409 && scenario.startsWith("checkout"))) {
        failure = status + " " + answer.body();
      }
    } catch (IOException e) {
      failure = e.toString();
    }
    minute.get(scenario).add((System.nanoTime() - start) / 1_000_000);
    totals.get(scenario).incrementAndGet();
    if (failure != null) {
      errors.get(scenario).incrementAndGet();
      errorTotals.get(scenario).incrementAndGet();
      firstErrors.putIfAbsent(
          scenario, failure.substring(0, Math.min(300, failure.length())).replace('\n', ' '));
    }
    return answer;
  }

  HttpResponse<String> get(String auth, String path) throws IOException, InterruptedException {
    return send(auth, "GET", path, null, null);
  }

  HttpResponse<String> send(String auth, String method, String path, String body, String key)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve("/api/v1/" + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", auth)
            .header("Accept", "application/json");
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The first "id" member of an order: the soak sells without checklist answers, so it is the order's. */
  static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

  static long orderId(HttpResponse<String> answer) {
    Matcher matcher = ID.matcher(answer.body());
    if (!matcher.find()) {
      throw new IllegalStateException("no order id in " + answer.body());
    }
    return Long.parseLong(matcher.group(1));
  }

  void report(int number) throws Exception {
    StringBuilder line =
        new StringBuilder("| " + number + " | " + loadAverage() + " | ");
    long failed = 0;
    for (String scenario : SCENARIOS) {
      List<Long> latencies = new ArrayList<>();
      ConcurrentLinkedQueue<Long> queue = minute.get(scenario);
      for (Long latency; (latency = queue.poll()) != null; ) {
        latencies.add(latency);
      }
      latencies.sort(null);
      line.append(latencies.size())
          .append(" / ")
          .append(latencies.isEmpty() ? "-" : latencies.get((int) (latencies.size() * 0.95)) + " ms")
          .append(" | ");
      failed += errors.get(scenario).getAndSet(0);
    }
    line.append(failed).append(" | ").append(heapMegabytes()).append(" | ");
    line.append(sql("SELECT count(*) FROM pg_stat_activity WHERE datname = '" + db + "'")).append(" |");
    System.out.println(line);
  }

  String heapMegabytes() {
    try {
      HttpResponse<String> metrics =
          http.send(
              HttpRequest.newBuilder(base.resolve("/metrics?scope=base"))
                  .header("Accept", "text/plain")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      for (String line : metrics.body().split("\n")) {
        if (line.startsWith("memory_usedHeap_bytes") || line.startsWith("base_memory_usedHeap_bytes")) {
          double bytes = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
          return Long.toString(Math.round(bytes / 1024 / 1024));
        }
      }
      return "?";
    } catch (IOException | InterruptedException | NumberFormatException e) {
      return "?";
    }
  }

  /**
   * Every acknowledged order is in the database under its key, no key sold twice, and the stock of
   * the products sold moved by exactly the units of the run's orders.
   */
  int reconcile() throws Exception {
    Path acked = Files.createTempFile("soak-acked", ".csv");
    StringBuilder rows = new StringBuilder();
    acknowledged.forEach((key, id) -> rows.append(key).append(',').append(id).append('\n'));
    Files.writeString(acked, rows);
    String present =
        sql(
            "CREATE TEMP TABLE acked (idem_key VARCHAR(100), order_id BIGINT);"
                + " \\copy acked FROM '"
                + acked
                + "' WITH (FORMAT csv)\n"
                + "SELECT count(*) FROM acked a JOIN sal_idempotency i ON i.idem_key = a.idem_key"
                + " AND i.order_id = a.order_id JOIN sal_order o ON o.id = a.order_id;");
    Files.delete(acked);
    String stored =
        sql(
            "SELECT count(*) || ' ' || count(DISTINCT order_id) FROM sal_idempotency"
                + " WHERE idem_key LIKE 'soak-" + run + "-%'");
    String unitsSold =
        sql(
            "SELECT coalesce(sum(l.quantity), 0) FROM sal_idempotency i JOIN sal_order_line l"
                + " ON l.order_id = i.order_id WHERE i.idem_key LIKE 'soak-" + run + "-%'");
    String stockMoved =
        sql(
            "SELECT coalesce(sum(b.on_hand - s.on_hand), 0) FROM soak_stock_before b JOIN sal_stock s"
                + " ON s.product_id = b.product_id AND s.store_id = b.store_id");
    long acknowledgedOrders = acknowledged.size();
    long lost = acknowledgedOrders - Long.parseLong(present.trim());
    String[] keysAndOrders = stored.trim().split(" ");
    long keyed = Long.parseLong(keysAndOrders[0]);
    boolean stockMatches = unitsSold.trim().equals(stockMoved.trim());
    System.out.println();
    System.out.println("| scenario | requests | errors | first error |");
    System.out.println("|---|---|---|---|");
    for (String scenario : SCENARIOS) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %s |%n",
          scenario,
          totals.get(scenario).get(),
          errorTotals.get(scenario).get(),
          firstErrors.getOrDefault(scenario, ""));
    }
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Reconciliation: %d orders acknowledged, %d lost, %d stored under the run's keys (%s orders),"
            + " %d sold twice on retry; units sold %s, stock moved %s (%s); heap at the end %s MB,"
            + " PostgreSQL connections %s%n",
        acknowledgedOrders,
        lost,
        keyed,
        keysAndOrders[1],
        doubleSales.get(),
        unitsSold.trim(),
        stockMoved.trim(),
        stockMatches ? "match" : "MISMATCH",
        heapMegabytes(),
        sql("SELECT count(*) FROM pg_stat_activity WHERE datname = '" + db + "'").trim());
    return lost == 0 && doubleSales.get() == 0 && stockMatches ? 0 : 1;
  }

  String sql(String statements) throws IOException, InterruptedException {
    Process psql =
        new ProcessBuilder(
                "psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-v", "ON_ERROR_STOP=1", "-qAt")
            .redirectErrorStream(true)
            .start();
    psql.getOutputStream().write(statements.getBytes(StandardCharsets.UTF_8));
    psql.getOutputStream().close();
    String out = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (psql.waitFor() != 0) {
      throw new IllegalStateException("psql failed: " + out);
    }
    String[] lines = out.strip().split("\n");
    return lines[lines.length - 1];
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  static long[] ids(String list) {
    return java.util.Arrays.stream(list.split(",")).mapToLong(Long::parseLong).toArray();
  }
}
