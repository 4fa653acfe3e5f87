package com.programdesk.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * The same virtual users as {@link ProgramDeskSimulation}, against the minimal Vaadin app of
 * bench/minimal (docs/benchmarks.md, "Minimal app for comparison"): log in as its one user, then
 * click through its side navigation (Home, Rows) with the same think times, the grid confirming its
 * first page; on every {@code saveEvery}-th visit to Rows (default 3) fill the form (row, name,
 * amount) and click Save, whose answer must say "Saved row". Same properties as
 * ProgramDeskSimulation (baseUrl, users, ramp, duration, thinkMin, thinkMax, password, out, appPid,
 * dbPid), plus minimalUser (demo) and saveEvery; the summary has the same format.
 */
public class MinimalAppSimulation extends Simulation {

    static final String ACCOUNT = System.getProperty("minimalUser", "demo");
    static final int SAVE_EVERY = Integer.getInteger("saveEvery", 3);

    private static volatile long end = Long.MAX_VALUE;

    private static VaadinClient client(Session s) {
        return s.get("vaadin");
    }

    private static String fill(Session s, String label, String value) {
        int node = client(s).fieldByLabel(label);
        return node < 0 ? null : client(s).fill(node, value);
    }

    private static String click(Session s, String text) {
        int node = client(s).buttonByText(text);
        return node < 0 ? null : client(s).click(node);
    }

    /** Fills the form with a random row, a new name and amount, and saves. */
    static final ChainBuilder SAVE_ROW = exec(s -> s.set("row", String.valueOf(ThreadLocalRandom.current().nextInt(1, 1001))))
            .exec(ProgramDeskSimulation.act("fill", s -> fill(s, "Row", s.getString("row"))))
            .exec(ProgramDeskSimulation.act("fill", s -> fill(s, "Name", "Load " + s.userId() + "-" + System.nanoTime() % 100000)))
            .exec(ProgramDeskSimulation.act("fill", s -> fill(s, "Amount", String.valueOf(ThreadLocalRandom.current().nextInt(500)))))
            .exec(ProgramDeskSimulation.act("save", s -> click(s, "Save")))
            .exec(ProgramDeskSimulation.expect("row saved", c -> c.answeredSinceMark("Saved row")));

    static final ScenarioBuilder USER = scenario("minimal app")
            .exec(s -> s.set("account", ACCOUNT).set("rowsVisits", 0))
            .exec(ProgramDeskSimulation.LOGIN)
            .asLongAs(s -> System.currentTimeMillis() < end).on(
                    foreach(s -> s.getList("menu"), "route").on(
                            pause(Duration.ofMillis(ProgramDeskSimulation.THINK_MIN), Duration.ofMillis(ProgramDeskSimulation.THINK_MAX))
                                    .doIf(s -> System.currentTimeMillis() < end).then(ProgramDeskSimulation.NAVIGATE)
                                    .doIf(s -> "rows".equals(s.getString("route")) && System.currentTimeMillis() < end).then(
                                            exec(s -> s.set("rowsVisits", s.getInt("rowsVisits") + 1))
                                                    .doIf(s -> s.getInt("rowsVisits") % SAVE_EVERY == 0).then(SAVE_ROW))));

    HttpProtocolBuilder protocol = http.baseUrl(ProgramDeskSimulation.BASE)
            .acceptHeader("*/*")
            .acceptLanguageHeader("zh-CN,zh;q=0.9,en;q=0.8")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) ProgramDeskLoadTest")
            .disableCaching()
            .shareConnections();

    {
        setUp(USER.injectOpen(rampUsers(ProgramDeskSimulation.USERS).during(Duration.ofSeconds(ProgramDeskSimulation.RAMP))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(ProgramDeskSimulation.RAMP * 2L + ProgramDeskSimulation.DURATION + 60));
    }

    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private final CompletableFuture<CpuSample> steadyStart = new CompletableFuture<>();
    private final CompletableFuture<CpuSample> steadyEnd = new CompletableFuture<>();

    @Override
    public void before() {
        int ramp = ProgramDeskSimulation.RAMP;
        int duration = ProgramDeskSimulation.DURATION;
        end = System.currentTimeMillis() + (ramp + duration) * 1000L;
        sampler.schedule(() -> steadyStart.complete(CpuSample.take(ProgramDeskSimulation.APP_PID, ProgramDeskSimulation.DB_PID)),
                ramp, TimeUnit.SECONDS);
        sampler.schedule(() -> steadyEnd.complete(CpuSample.take(ProgramDeskSimulation.APP_PID, ProgramDeskSimulation.DB_PID)),
                ramp + duration, TimeUnit.SECONDS);
    }

    @Override
    public void after() {
        try {
            RoundTrips.write(ProgramDeskSimulation.OUT);
            System.out.println("round trips written to " + ProgramDeskSimulation.OUT.toAbsolutePath());
            sampler.shutdownNow();
            if (steadyStart.isDone() && steadyEnd.isDone()) {
                String summary = LoadSummary.render(RoundTrips.all(), steadyStart.get(), steadyEnd.get(), ProgramDeskSimulation.USERS,
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
