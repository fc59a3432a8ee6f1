package org.storecrm.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The system-test stage: boots the real WAR once per test run, the way operations run it (Payara
 * Micro, --nocluster, the run's database, demo data on), and stops it when the run ends. Test
 * classes get its base URI as a {@link URI} parameter.
 */
public class RunningStoreCrm implements BeforeAllCallback, ParameterResolver {
  /** Generous: on a loaded shared machine (load average above 10) a boot can take minutes. */
  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(300);

  @Override
  public void beforeAll(ExtensionContext context) {
    server(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == URI.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server(context).baseUri;
  }

  private static Server server(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Server.class, type -> Server.start("storecrm"), Server.class);
  }

  public static final class Server
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    public final URI baseUri;
    private final Process process;

    private Server(URI baseUri, Process process) {
      this.baseUri = baseUri;
      this.process = process;
    }

    /**
     * Boots one instance on a free loopback port; {@code name} names its log file. Now and then
     * Payara's HTTP listener fails to come up ("GrizzlyProxy is NULL") although the application
     * deploys; such an attempt is stopped and repeated on another port.
     */
    public static Server start(String name) {
      return start(
          name,
          System.getProperty(TestDatabase.URL),
          System.getProperty(TestDatabase.USER),
          System.getProperty(TestDatabase.PASSWORD));
    }

    /** Boots one instance, as {@link #start(String)} does, on a database of the caller's. */
    public static Server start(String name, String dbUrl, String dbUser, String dbPassword) {
      File work = new File(System.getProperty("storecrm.it.work", "target/it"));
      IllegalStateException failure = null;
      for (int attempt = 1; attempt <= 3; attempt++) {
        try {
          int port = freePort();
          File tmp = new File(work, "tmp-" + name + "-" + port);
          Files.createDirectories(tmp.toPath());
          File log =
              new File(
                  work,
                  name + "-" + System.getProperty("storecrm.it.database") + "-" + attempt + ".log");
          Process process = launch(port, tmp, log, dbUrl, dbUser, dbPassword);
          URI base = URI.create("http://127.0.0.1:" + port + "/");
          if (awaitReady(base, process, log)) {
            return new Server(base, process);
          }
          process.destroyForcibly().waitFor();
          failure = new IllegalStateException("StoreCRM did not become ready; see " + log);
        } catch (IOException e) {
          throw new IllegalStateException("Could not start StoreCRM", e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      throw failure;
    }

    // --- issue 16: a deployment with a bad setting ---

    /**
     * Starts one instance with extra system properties ({@code -Dkey=value}, e.g. a bad setting) on
     * the given database, for a test that expects the deployment to fail: answers the instance's
     * log once it has failed to deploy (the process is stopped then), or throws when it became
     * ready, stopped otherwise, or neither happened within the start-up limit.
     */
    public static String failedDeployment(
        String name, String dbUrl, String dbUser, String dbPassword, List<String> properties)
        throws IOException, InterruptedException {
      File work = new File(System.getProperty("storecrm.it.work", "target/it"));
      int port = freePort();
      File tmp = new File(work, "tmp-" + name + "-" + port);
      Files.createDirectories(tmp.toPath());
      File log = new File(work, name + ".log");
      Process process = launch(port, tmp, log, dbUrl, dbUser, dbPassword, properties);
      try {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
          String output =
              Files.readString(log.toPath(), java.nio.charset.StandardCharsets.ISO_8859_1);
          if (output.contains("Exception while loading the app")) {
            return output;
          }
          if (!process.isAlive()) {
            throw new IllegalStateException(
                "StoreCRM stopped without a failed deployment; see " + log);
          }
          try {
            if (http.send(
                        HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/health/ready"))
                            .build(),
                        HttpResponse.BodyHandlers.discarding())
                    .statusCode()
                == 200) {
              throw new IllegalStateException("StoreCRM deployed despite " + properties);
            }
          } catch (IOException notYet) {
            // not listening yet
          }
          sleep();
        }
        throw new IllegalStateException("StoreCRM neither deployed nor failed; see " + log);
      } finally {
        process.destroyForcibly().waitFor();
      }
    }

    // --- end issue 16 ---

    private static Process launch(
        int port, File tmp, File log, String dbUrl, String dbUser, String dbPassword)
        throws IOException {
      return launch(port, tmp, log, dbUrl, dbUser, dbPassword, List.of());
    }

    private static Process launch(
        int port,
        File tmp,
        File log,
        String dbUrl,
        String dbUser,
        String dbPassword,
        List<String> properties)
        throws IOException {
      String config = System.getProperty("storecrm.it.config", "../../config");
      List<String> command = new java.util.ArrayList<>();
      command.addAll(
          List.of(
              System.getProperty("java.home") + "/bin/java",
              "-Xmx768m",
              "-Djava.io.tmpdir=" + tmp.getAbsolutePath(),
              "-Dstorecrm.db.url=" + dbUrl,
              "-Dstorecrm.db.user=" + dbUser,
              "-Dstorecrm.db.password=" + dbPassword,
              "-Dstorecrm.demo.enabled=true",
              // The suites log in a lot: throttling stays on, with short delays, and the tests that
              // lock logins name their own client addresses so they lock no one else.
              "-Dstorecrm.security.login-throttle.max-delay-ms=20",
              "-Dstorecrm.security.login-throttle.trust-forwarded-for=true"));
      properties.forEach(property -> command.add("-D" + property));
      command.addAll(
          List.of(
              "-jar",
              System.getProperty("payara.microJar"),
              "--deploy",
              System.getProperty("storecrm.it.war"),
              "--contextroot",
              "/",
              "--port",
              String.valueOf(port),
              "--nocluster",
              "--postbootcommandfile",
              config + "/post-boot-commands.asadmin"));
      return new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.to(log))
          .start();
    }

    /** True once /health/ready answers 200; false when the HTTP listener failed or time ran out. */
    private static boolean awaitReady(URI base, Process process, File log) throws IOException {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      Instant deadline = Instant.now().plus(STARTUP_LIMIT);
      while (Instant.now().isBefore(deadline)) {
        if (!process.isAlive()) {
          throw new IllegalStateException("StoreCRM stopped during start-up; see " + log);
        }
        try {
          HttpResponse<String> ready =
              http.send(
                  HttpRequest.newBuilder(base.resolve("health/ready")).build(),
                  HttpResponse.BodyHandlers.ofString());
          if (ready.statusCode() == 200) {
            return true;
          }
        } catch (IOException notYet) {
          String output =
              Files.readString(log.toPath(), java.nio.charset.StandardCharsets.ISO_8859_1);
          if (output.contains("GrizzlyProxy is NULL") && output.contains("ready in")) {
            return false;
          }

        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        if (Files.readString(log.toPath(), java.nio.charset.StandardCharsets.ISO_8859_1)
            .contains("Exception while loading the app")) {
          // A broken deployment stays broken: say so now instead of after three time-outs.
          throw new IllegalStateException("StoreCRM failed to deploy; see " + log);
        }
        sleep();
      }
      return false;
    }

    private static void sleep() {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /**
     * A free port below Linux's ephemeral range (32768+), so that no outgoing connection of the
     * browser or the database can take it between this check and the server's bind.
     */
    private static int freePort() throws IOException {
      for (int attempt = 0; attempt < 50; attempt++) {
        int candidate = 20000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(10000);
        try (ServerSocket socket =
            new ServerSocket(candidate, 0, java.net.InetAddress.getLoopbackAddress())) {
          return socket.getLocalPort();
        } catch (IOException taken) {
          // try another
        }
      }
      throw new IOException("No free port between 20000 and 30000");
    }

    /**
     * Ends the process the way a crash or {@code kill -9} does: SIGKILL, no shutdown hook, nothing
     * flushed or closed.
     */
    public void kill() throws InterruptedException {
      process.destroyForcibly();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        throw new IllegalStateException("StoreCRM (pid " + process.pid() + ") outlived SIGKILL");
      }
    }

    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
