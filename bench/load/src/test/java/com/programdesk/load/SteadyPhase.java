package com.programdesk.load;

import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * What every simulation of this harness shares: the browser-like HTTP protocol, the CPU samples
 * at the start and the end of the steady phase (after the ramp), and the results written after
 * the run (every round trip as CSV, summary.txt and the confirmed writes, writes.tsv, beside it). Settings: {@link ProgramDeskSimulation}'s.
 */
final class SteadyPhase {

    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private final CompletableFuture<CpuSample> start = new CompletableFuture<>();
    private final CompletableFuture<CpuSample> end = new CompletableFuture<>();

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(ProgramDeskSimulation.BASE)
                .acceptHeader("*/*")
                .acceptLanguageHeader("zh-CN,zh;q=0.9,en;q=0.8")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) ProgramDeskLoadTest")
                .disableCaching()
                .shareConnections();
    }

    /** Schedules the CPU samples; returns the time (epoch ms) at which the users stop. */
    long begin() {
        int ramp = ProgramDeskSimulation.RAMP;
        int duration = ProgramDeskSimulation.DURATION;
        String pid = ProgramDeskSimulation.APP_PID;
        String dbPid = ProgramDeskSimulation.DB_PID;
        sampler.schedule(() -> start.complete(CpuSample.take(pid, dbPid)), ramp, TimeUnit.SECONDS);
        sampler.schedule(() -> end.complete(CpuSample.take(pid, dbPid)), ramp + duration, TimeUnit.SECONDS);
        return System.currentTimeMillis() + (ramp + duration) * 1000L;
    }

    /** Writes every round trip and, when the steady phase ran to its end, the summary. */
    void finish() {
        try {
            RoundTrips.write(ProgramDeskSimulation.OUT);
            Writes.writeTotals(ProgramDeskSimulation.OUT.resolveSibling("writes.tsv"));
            System.out.println("round trips written to " + ProgramDeskSimulation.OUT.toAbsolutePath());
            sampler.shutdownNow();
            if (start.isDone() && end.isDone()) {
                String summary = LoadSummary.render(RoundTrips.all(), start.get(), end.get(), ProgramDeskSimulation.USERS,
                        Runtime.getRuntime().availableProcessors());
                Files.writeString(ProgramDeskSimulation.OUT.resolveSibling("summary.txt"), summary);
                System.out.println();
                System.out.println(summary);
            } else {
                System.out.println("the run ended before the steady phase did: no summary");
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
