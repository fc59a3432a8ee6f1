package org.storecrm.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The build's StoreCRM for the API contract: {@code start} boots the built WAR on Payara Micro (an
 * embedded H2 database of its own, demo data on) before the client is generated, saves the OpenAPI
 * document it serves ({@code openapi.json}) and where it runs ({@code server.properties}); the
 * contract tests run against that same server; {@code stop} ends it. The Maven JVM ends it too when
 * the build stops early, so that no server outlives its build.
 *
 * <p>Arguments: {@code start <work folder> <payara-micro.jar> <storecrm.war> <config folder>} or
 * {@code stop <work folder>}.
 */
public final class ServedStoreCrm {
  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(400);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private ServedStoreCrm() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[1]).toAbsolutePath();
    if ("stop".equals(args[0])) {
      stop(work);
      return;
    }
    start(work, Path.of(args[2]), Path.of(args[3]), Path.of(args[4]));
  }

  /** Where the server of a build runs, from its {@code server.properties}. */
  public static URI baseUri(Path work) throws IOException {
    Properties server = new Properties();
    try (InputStream in = Files.newInputStream(work.resolve("server.properties"))) {
      server.load(in);
    }
    return URI.create(server.getProperty("base"));
  }

  private static void start(Path work, Path payara, Path war, Path config) throws Exception {
    stop(work);
    Files.createDirectories(work);
    String run = Long.toString(System.currentTimeMillis(), 36);
    IllegalStateException failure = null;
    for (int attempt = 1; attempt <= 3; attempt++) {
      int port = freePort();
      Path tmp = Files.createDirectories(work.resolve("tmp-" + port));
      Path log = work.resolve("storecrm-" + attempt + ".log");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(
          List.of(
              "-Xmx768m",
              "-Djava.io.tmpdir=" + tmp,
              "-Dstorecrm.db.url=jdbc:h2:file:" + work.resolve("h2-" + run) + "/storecrm",
              "-Dstorecrm.db.user=storecrm",
              "-Dstorecrm.db.password=storecrm",
              "-Dstorecrm.demo.enabled=true",
              "-jar",
              payara.toString(),
              "--deploy",
              war.toString(),
              "--contextroot",
              "/",
              "--port",
              String.valueOf(port),
              "--nocluster",
              "--postbootcommandfile",
              config.resolve("post-boot-commands.asadmin").toString()));
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
      URI base = URI.create("http://127.0.0.1:" + port + "/");
      if (awaitReady(base, process, log)) {
        save(work, base, process);
        return;
      }
      process.destroyForcibly().waitFor();
      failure = new IllegalStateException("StoreCRM did not become ready; see " + log);
    }
    throw failure;
  }

  private static void save(Path work, URI base, Process process) throws Exception {
    HttpResponse<byte[]> document =
        HTTP.send(
            HttpRequest.newBuilder(base.resolve("openapi"))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(120))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (document.statusCode() != 200) {
      throw new IllegalStateException(
          "GET /openapi answered " + document.statusCode() + ": " + new String(document.body()));
    }
    Files.write(work.resolve("openapi.json"), document.body());
    Properties server = new Properties();
    server.setProperty("base", base.toString());
    server.setProperty("pid", String.valueOf(process.pid()));
    try (OutputStream out = Files.newOutputStream(work.resolve("server.properties"))) {
      server.store(out, "The StoreCRM the contract tests run against");
    }
    System.out.println("StoreCRM for the API contract runs at " + base);
  }

  private static void stop(Path work) throws IOException, InterruptedException {
    Path file = work.resolve("server.properties");
    if (!Files.exists(file)) {
      return;
    }
    Properties server = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      server.load(in);
    }
    Files.delete(file);
    var handle = ProcessHandle.of(Long.parseLong(server.getProperty("pid")));
    if (handle.isPresent()) {
      handle.get().destroy();
      try {
        handle.get().onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception slow) {
        handle.get().destroyForcibly();
      }
    }
  }

  /** True once /health/ready answers 200; false when the HTTP listener failed or time ran out. */
  private static boolean awaitReady(URI base, Process process, Path log)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(STARTUP_LIMIT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("StoreCRM stopped during start-up; see " + log);
      }
      try {
        if (HTTP.send(
                    HttpRequest.newBuilder(base.resolve("health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return true;
        }
      } catch (IOException notYet) {
        String output = Files.readString(log, StandardCharsets.ISO_8859_1);
        if (output.contains("GrizzlyProxy is NULL") && output.contains("ready in")) {
          return false;
        }
      }
      if (Files.readString(log, StandardCharsets.ISO_8859_1)
          .contains("Exception while loading the app")) {
        throw new IllegalStateException("StoreCRM failed to deploy; see " + log);
      }
      Thread.sleep(500);
    }
    return false;
  }

  /** A free loopback port below Linux's ephemeral range. */
  private static int freePort() throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int candidate = 20000 + ThreadLocalRandom.current().nextInt(10000);
      try (ServerSocket socket = new ServerSocket(candidate, 0, InetAddress.getLoopbackAddress())) {
        return socket.getLocalPort();
      } catch (IOException taken) {
        // try another
      }
    }
    throw new IOException("No free port between 20000 and 30000");
  }
}
