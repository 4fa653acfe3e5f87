package com.programdesk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/program-desk.jar}) started the way an operator starts
 * it: {@code java -jar} with production's flags in its own process, on a free port, with its own data
 * folder and log.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /** Production's JVM flags (deploy/start.sh), Spring AOT among them: the tests run the app as it runs there. */
    private static final Path JVM_OPTIONS = Path.of("deploy", "jvm.options").toAbsolutePath();

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar; returns at once, see {@link #awaitReady()} and {@link #awaitExit()}. */
    public static PackagedApp launch(String name, Path dataFolder, Map<String, String> environment, String... arguments) {
        int port = freePort();
        Path log = Path.of("target", "it-logs", name + ".log");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xms512m", "-Xmx512m", "@" + JVM_OPTIONS, "-jar", jar().toString(),
                "--server.port=" + port, "--programdesk.data-dir=" + dataFolder.toAbsolutePath()));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = new HashMap<>(builder.environment());
            env.keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("PROGRAMDESK_"));
            env.putAll(environment);
            builder.environment().clear();
            builder.environment().putAll(env);
            return new PackagedApp(builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the app reports ready (start-up work such as demo data done); fails with the log tail otherwise. */
    public PackagedApp awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the app exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            sleep(250);
        }
        String tail = logTail();
        close(); // a test that gives up on the app must not leave it running (nobody else holds it)
        throw new AssertionError("the app did not become ready within " + START_TIMEOUT + ":\n" + tail);
    }

    /** For starts that must fail: waits for the process to end and returns its exit code. */
    public int awaitExit() {
        try {
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("the app kept running:\n" + logTail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Simulates {@code kill -9}: no shutdown hooks run, the embedded MariaDB is orphaned. */
    public void killHard() {
        process.destroyForcibly();
        waitQuietly();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            waitQuietly();
        }
    }

    private void waitQuietly() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String logTail() {
        String text = logText();
        return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh, empty data folder under target/it. */
    public static Path emptyDataFolder(String name) {
        Path folder = Path.of("target", "it", name).toAbsolutePath();
        TestDatabase.deleteRecursively(folder);
        return folder;
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("programdesk.jar", "target/program-desk.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError(jar + " is missing; integration tests run after 'package' (./mvnw verify)");
        }
        return jar;
    }

    /** The JVM running the tests: the Java 25 that mvnw chose. */
    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
