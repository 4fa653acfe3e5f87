package com.programdesk.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.concurrent.atomic.AtomicInteger;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * Virtual users speak Vaadin's UIDL protocol as a browser tab does (no browser): the login page
 * (the page with its UI in it, or {@code ?v-r=init} when it has none; router navigation), the form
 * login with Spring's CSRF token, the home view, then the views of their own side navigation one
 * after another with 2–5 s think time, each view's grids confirming their first page; on some
 * visits a user saves what its role saves ({@link WriteFlows}). Every answer must be a valid UIDL
 * response in sync with the client, without appError or session expiry, and every write must be
 * confirmed; a user stops at its first error.
 *
 * <p>System properties: baseUrl (http://127.0.0.1:8080), users (20), ramp (seconds, 30),
 * duration (seconds of steady load after the ramp, 60), thinkMin/thinkMax (ms, 2000/5000),
 * accounts (comma-separated demo logins taken in turn; default all eleven), out (CSV of every round trip, target/roundtrips.csv; summary.txt beside it), appPid and dbPid (for
 * the CPU per round trip of the steady phase; 0 = not measured).
 */
public class ProgramDeskSimulation extends Simulation {

    static final String BASE = System.getProperty("baseUrl", "http://127.0.0.1:8080");
    static final int USERS = Integer.getInteger("users", 20);
    static final int RAMP = Integer.getInteger("ramp", 30);
    static final int DURATION = Integer.getInteger("duration", 60);
    static final int THINK_MIN = Integer.getInteger("thinkMin", 2000);
    static final int THINK_MAX = Integer.getInteger("thinkMax", 5000);
    static final String PASSWORD = System.getProperty("password", "Demo-2024-pass");
    static final Path OUT = Path.of(System.getProperty("out", "target/roundtrips.csv"));
    /** The app's JVM and the database server; several comma-separated (the cluster's nodes) are added up. */
    static final String APP_PID = System.getProperty("appPid", "0");
    static final String DB_PID = System.getProperty("dbPid", "0");

    /** The demo accounts of every role (README), taken in turn. */
    static final List<String> ACCOUNTS = List.of(System.getProperty("accounts", "coordinator,mch.staff,viewer,"
            + "association,second.staff,admin,hongqiao.staff,nantang.branch,qixian.staff,sxmch.staff,youth.staff").split(","));

    /** All users stop at the end of the steady phase (ramp + duration after the start). */
    private static volatile long end = Long.MAX_VALUE;
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String BROWSER_DETAILS = "&v-sh=900&v-sw=1366&v-wh=900&v-ww=1366&v-bh=900&v-bw=1366"
            + "&v-tzo=-480&v-dstd=0&v-rtzo=-480&v-dston=false&v-tzid=Asia%2FShanghai&v-td=false&v-pr=1"
            + "&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
            + "&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";

    static VaadinClient client(Session s) {
        return s.get("vaadin");
    }

    /** One Vaadin round trip: POST the prepared body, check the answer against the client state. */
    static ChainBuilder uidl(String kind) {
        return exec(http(s -> s.getString("view") + " " + kind)
                .post(s -> "/?v-r=uidl&v-uiId=" + client(s).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody("#{req}"))
                .check(responseTimeInMillis().saveAs("rt"),
                        status().saveAs("status"),
                        status().is(200),
                        bodyString().transformWithSession((body, s) -> client(s).applyResponse(body)).is("ok")))
                .exec(s -> recorded(s, kind))
                .exitHereIfFailed();
    }

    static Session recorded(Session s, String kind) {
        if (s.isFailed()) {
            String problem = s.contains("vaadin") ? client(s).takeProblem() : null;
            int status = s.contains("status") ? s.getInt("status") : 0;
            RoundTrips.failed(s.userId(), s.getString("account"), s.getString("view") + " " + kind + ": "
                    + (problem != null ? problem : status != 200 ? "HTTP " + status : "check failed"));
        }
        RoundTrips.record(s.userId(), s.getString("view"), kind, s.contains("rt") ? s.getLong("rt") : -1, !s.isFailed());
        return s.remove("rt").remove("status");
    }

    /** What the browser sends by itself after an answer, until nothing is left (at most 4 more round trips). */
    static ChainBuilder followUps() {
        return followUps("follow-up");
    }

    /** The same, recorded as {@code kind}: a navigation's follow-ups count into its click, an action's do not. */
    static ChainBuilder followUps(String kind) {
        return repeat(4).on(doIf(s -> client(s).hasFollowUp()).then(
                exec(s -> s.set("req", client(s).followUp())).exec(uidl(kind))));
    }

    /** The first navigation of a freshly loaded page (after its init) and what the browser sends after it. */
    static ChainBuilder pageLoad(String route, String view) {
        return exec(s -> s.set("view", view))
                .exec(s -> s.set("req", client(s).navigate(route, true)))
                .exec(uidl("navigate"))
                .exec(followUps());
    }

    static ChainBuilder init(String route) {
        return exec(http(s -> s.getString("view") + " init")
                .get(s -> "/?v-r=init&location=" + route + "&query=&v-curdate=" + System.currentTimeMillis()
                        + BROWSER_DETAILS + "&v-wn=ROOT-" + s.userId())
                .check(responseTimeInMillis().saveAs("rt"),
                        status().saveAs("status"),
                        status().is(200),
                        bodyString().transformWithSession((body, s) -> client(s).applyInit(body)).is("ok")))
                .exec(s -> recorded(s, "init"))
                .exitHereIfFailed();
    }

    static final ChainBuilder LOGIN = exec(s -> s.set("vaadin", new VaadinClient()).set("view", "login"))
            .exec(http("login bootstrap").get("/login")
                    .check(responseTimeInMillis().saveAs("rt"), status().saveAs("status"), status().is(200),
                            css("meta[name='_csrf']", "content").saveAs("csrf"),
                            bodyString().transformWithSession((body, s) -> client(s).applyPage(body)).is("ok"),
                            // behind the cluster's HAProxy: the app node that serves this user
                            headerRegex("Set-Cookie", "SERVERID=([^;]+)").optional().saveAs("node")))
            .exec(s -> recorded(s, "bootstrap"))
            .exitHereIfFailed()
            .doIf(s -> !client(s).pageCarriedUi()).then(init("login"))
            .exec(pageLoad("login", "login"))
            .pause(Duration.ofMillis(THINK_MIN), Duration.ofMillis(THINK_MAX))
            .exec(s -> s.set("view", "home"))
            .exec(http("login submit").post("/login")
                    .formParam("_csrf", "#{csrf}")
                    .formParam("username", "#{account}")
                    .formParam("password", PASSWORD)
                    .check(responseTimeInMillis().saveAs("rt"), status().is(200),
                            currentLocation().not(BASE + "/login?error"),
                            css("meta[name='_csrf']", "content").exists(),
                            bodyString().transformWithSession((body, s) -> client(s).applyPage(body)).is("ok")))
            .exec(s -> recorded(s, "login+bootstrap"))
            .exitHereIfFailed()
            .exec(s -> {
                RoundTrips.loggedIn(s.userId(), s.getString("account"), s.contains("node") ? s.getString("node") : "-");
                return s;
            })
            .doIf(s -> !client(s).pageCarriedUi()).then(init(""))
            .exec(pageLoad("", "home"))
            .exec(s -> s.set("menu", client(s).menu()))
            .doIf(s -> client(s).menu().isEmpty()).then(exec(s -> s.markAsFailed())
                    .exec(s -> {
                        // the node that took the login went away before the first view (a restart): the next node shows the login page
                        if (!client(s).byTag("vaadin-login-form").isEmpty()) {
                            RoundTrips.failed(s.userId(), s.getString("account"), "home menu: session expired (the login page instead of the first view)");
                        }
                        RoundTrips.record(s.userId(), "home", "menu", -1, false);
                        return s;
                    }))
            .exitHereIfFailed();

    /** A click in the side navigation, then what the browser sends by itself; counts the user's visits to the view. */
    static final ChainBuilder NAVIGATE = exec(s -> s.set("view", s.getString("route").isEmpty() ? "home" : s.getString("route"))
                    .set("visits " + s.getString("route"), visits(s) + 1)
                    .set("req", client(s).navigate(s.getString("route"), false)))
            .exec(uidl("navigate"))
            .exec(followUps());

    /** How often the user has opened the current route's view, this one included. */
    static int visits(Session s) {
        String key = "visits " + s.getString("route");
        return s.contains(key) ? s.getInt(key) : 0;
    }

    /**
     * One user action: the body from the client state (null = the control is missing: an error), the
     * round trip, what the browser sends after it. A kind "flow · step" records the follow-ups as
     * "flow · follow-up" (the summary adds up a flow's round trips by that prefix), others as
     * "action follow-up"; neither counts into the click of the view.
     */
    static ChainBuilder act(String kind, Function<Session, String> body) {
        int flow = kind.indexOf(" · ");
        String followUpKind = flow < 0 ? "action follow-up" : kind.substring(0, flow + 3) + "follow-up";
        return pause(Duration.ofMillis(THINK_MIN / 4), Duration.ofMillis(THINK_MAX / 4))
                .exec(s -> {
                    client(s).mark();
                    String b = body.apply(s);
                    return b == null ? s.remove("req") : s.set("req", b);
                })
                .doIfOrElse(s -> s.contains("req")).then(exec(uidl(kind)).exec(followUps(followUpKind)))
                .orElse(exec(s -> { RoundTrips.record(s.userId(), s.getString("view"), kind + " (control missing)", -1, false);
                    return s.markAsFailed(); }))
                .exitHereIfFailed();
    }

    static ChainBuilder expect(String what, Predicate<VaadinClient> check) {
        return exec(s -> {
            if (check.test(client(s))) {
                return s;
            }
            RoundTrips.record(s.userId(), s.getString("view"), "check failed: " + what, -1, false);
            return s.markAsFailed();
        }).exitHereIfFailed();
    }

    static final ScenarioBuilder USER = scenario("role mix")
            .exec(s -> {
                int n = NEXT.getAndIncrement();
                // ordinal: 0 for the first session of this account, 1 for the second, … (WriteFlows spreads them over what waits)
                return s.set("account", ACCOUNTS.get(Math.floorMod(n, ACCOUNTS.size()))).set("ordinal", n / ACCOUNTS.size());
            })
            .exec(LOGIN)
            .asLongAs(s -> System.currentTimeMillis() < end).on(
                    foreach(s -> s.getList("menu"), "route").on(
                            pause(Duration.ofMillis(THINK_MIN), Duration.ofMillis(THINK_MAX))
                                    .doIf(s -> System.currentTimeMillis() < end).then(NAVIGATE)
                                    .doIf(s -> System.currentTimeMillis() < end).then(WriteFlows.AFTER_VISIT)));

    HttpProtocolBuilder protocol = SteadyPhase.protocol();

    {
        setUp(USER.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(RAMP * 2L + DURATION + 60));
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
