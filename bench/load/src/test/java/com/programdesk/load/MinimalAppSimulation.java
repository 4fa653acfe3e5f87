package com.programdesk.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

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

    /** Fills the form with a random row, a new name and amount, and saves. */
    static final ChainBuilder SAVE_ROW = exec(s -> s.set("row", String.valueOf(ThreadLocalRandom.current().nextInt(1, 1001))))
            .exec(ProgramDeskSimulation.act("fill", s -> client(s).fillByLabel("Row", s.getString("row"))))
            .exec(ProgramDeskSimulation.act("fill", s -> client(s).fillByLabel("Name", "Load " + s.userId() + "-" + System.nanoTime() % 100000)))
            .exec(ProgramDeskSimulation.act("fill", s -> client(s).fillByLabel("Amount", String.valueOf(ThreadLocalRandom.current().nextInt(500)))))
            .exec(ProgramDeskSimulation.act("save", s -> client(s).clickByText("Save")))
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

    HttpProtocolBuilder protocol = SteadyPhase.protocol();

    {
        setUp(USER.injectOpen(rampUsers(ProgramDeskSimulation.USERS).during(Duration.ofSeconds(ProgramDeskSimulation.RAMP))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(ProgramDeskSimulation.RAMP * 2L + ProgramDeskSimulation.DURATION + 60));
    }

    private final SteadyPhase steady = new SteadyPhase();

    @Override
    public void before() {
        end = steady.begin();
    }

    @Override
    public void after() {
        steady.finish();
    }
}
